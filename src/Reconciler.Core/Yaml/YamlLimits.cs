namespace Reconciler.Core.Yaml;

/// <summary>The caps that keep hostile or accidental input from exhausting time or memory.</summary>
public static class YamlLimits
{
    /// <summary>Largest file read: 1 MiB. Content files are a few kilobytes; anything near this is a mistake.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>
    /// Most nodes a document may have once aliases are expanded. An alias bomb (each level
    /// referencing the previous one ten times) passes this after a handful of levels.
    /// </summary>
    public const long MaxExpandedNodes = 100_000;

    /// <summary>Deepest nesting of mappings and sequences; real content needs fewer than ten levels.</summary>
    public const int MaxDepth = 64;
}
