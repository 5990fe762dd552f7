namespace Reconciler.Core.Yaml;

/// <summary>
/// A node of a YAML document with its source position. Aliases share the anchored node, so the
/// tree is a graph whose expanded size is bounded by <see cref="YamlLimits.MaxExpandedNodes"/>.
/// </summary>
public abstract class YamlNode
{
    private protected YamlNode(SourcePosition start) => Start = start;

    /// <summary>Where the node starts in the file.</summary>
    public SourcePosition Start { get; }

    /// <summary>A short name of the node's kind for messages: "a string", "a mapping", …</summary>
    public abstract string KindDescription { get; }
}
