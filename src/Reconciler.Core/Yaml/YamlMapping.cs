namespace Reconciler.Core.Yaml;

/// <summary>A YAML mapping whose entries keep their order and their keys' positions.</summary>
public sealed class YamlMapping : YamlNode
{
    private readonly List<KeyValuePair<YamlScalar, YamlNode>> _entries = [];

    internal YamlMapping(SourcePosition start)
        : base(start)
    {
    }

    /// <summary>The entries in document order.</summary>
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries => _entries;

    /// <inheritdoc />
    public override string KindDescription => "a mapping";

    /// <summary>The value under <paramref name="key"/>, or null.</summary>
    public YamlNode? this[string key] => Find(key)?.Value;

    /// <summary>The key node for <paramref name="key"/>, or null.</summary>
    public YamlScalar? KeyOf(string key) => Find(key)?.Key;

    /// <summary>The scalar under <paramref name="key"/>, or null when absent or not a scalar.</summary>
    public YamlScalar? Scalar(string key) => this[key] as YamlScalar;

    /// <summary>The string under <paramref name="key"/>, or null when absent or not a scalar.</summary>
    public string? String(string key) => Scalar(key)?.Value;

    /// <summary>Where the value under <paramref name="key"/> starts, else where the mapping starts.</summary>
    public SourcePosition PositionOf(string key) => this[key]?.Start ?? Start;

    /// <summary>Where the key <paramref name="key"/> is written, else where the mapping starts.</summary>
    public SourcePosition KeyPositionOf(string key) => KeyOf(key)?.Start ?? Start;

    internal void Add(YamlScalar key, YamlNode value) => _entries.Add(new(key, value));

    private KeyValuePair<YamlScalar, YamlNode>? Find(string key)
    {
        foreach (var entry in _entries)
        {
            if (entry.Key.Value == key)
            {
                return entry;
            }
        }

        return null;
    }
}
