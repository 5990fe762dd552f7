using YamlDotNet.Core;

namespace Reconciler.Core.Yaml;

/// <summary>A scalar with its resolved type and what is needed to locate offsets inside it.</summary>
public sealed class YamlScalar : YamlNode
{
    internal YamlScalar(SourcePosition start, int sourceIndex, string value, ScalarStyle style, YamlScalarType type, YamlSourceText source)
        : base(start)
    {
        SourceIndex = sourceIndex;
        Value = value;
        Style = style;
        Type = type;
        Source = source;
    }

    /// <summary>The scalar's text after YAML unescaping and folding.</summary>
    public string Value { get; }

    /// <summary>How the scalar was written: plain, quoted, literal or folded.</summary>
    public ScalarStyle Style { get; }

    /// <summary>The JSON type the scalar resolves to.</summary>
    public YamlScalarType Type { get; }

    /// <inheritdoc />
    public override string KindDescription => Type switch
    {
        YamlScalarType.Integer => "an integer",
        YamlScalarType.Number => "a number",
        YamlScalarType.Boolean => "a boolean",
        YamlScalarType.Null => "null",
        _ => "a string",
    };

    internal int SourceIndex { get; }

    internal YamlSourceText Source { get; }

    /// <summary>
    /// The file position of the character at <paramref name="offset"/> in <see cref="Value"/>,
    /// accounting for quotes, escapes, folding and block indentation.
    /// </summary>
    public SourcePosition PositionOf(int offset) => ScalarOffsetMap.PositionOf(this, offset);
}
