namespace Reconciler.Core.Yaml;

/// <summary>A YAML sequence.</summary>
public sealed class YamlSequence : YamlNode
{
    private readonly List<YamlNode> _items = [];

    internal YamlSequence(SourcePosition start)
        : base(start)
    {
    }

    /// <summary>The items in document order.</summary>
    public IReadOnlyList<YamlNode> Items => _items;

    /// <inheritdoc />
    public override string KindDescription => "a list";

    internal void Add(YamlNode item) => _items.Add(item);
}
