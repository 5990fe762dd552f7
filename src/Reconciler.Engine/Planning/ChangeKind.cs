namespace Reconciler.Engine.Planning;

/// <summary>What a planned change touches; the JSON names are SPEC §4's.</summary>
public enum ChangeKind
{
    /// <summary>One locale of a message template ("template").</summary>
    Template,

    /// <summary>A widget theme version ("theme").</summary>
    Theme,

    /// <summary>A widget's A/B theme assignment set ("assignment").</summary>
    Assignment,

    /// <summary>Spreading one theme version to further widgets ("batchSync").</summary>
    BatchSync,
}
