namespace Reconciler.Core.Yaml;

/// <summary>The kinds of <c>YamlEventRecord</c>: numbers, not an enum, so that both copies of this assembly agree on them.</summary>
internal static class YamlEventKinds
{
    public const int DocumentStart = 1;
    public const int Scalar = 2;
    public const int Alias = 3;
    public const int MappingStart = 4;
    public const int MappingEnd = 5;
    public const int SequenceStart = 6;
    public const int SequenceEnd = 7;

    /// <summary>How a record writes the non-specific tag '!'.</summary>
    public const string NonSpecificTag = "!";
}
