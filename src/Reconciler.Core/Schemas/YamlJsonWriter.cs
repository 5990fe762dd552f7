using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Reconciler.Core.Yaml;

namespace Reconciler.Core.Schemas;

/// <summary>
/// Writes a YAML tree as JSON text with exactly one token start per line, and remembers which
/// YAML node each line came from. The JSON Schema validator reports errors by JSON line number;
/// this map turns that back into the YAML line and column.
/// </summary>
internal sealed class YamlJsonWriter
{
    private readonly StringBuilder _json = new();
    private readonly List<JsonLine> _lines = [];

    private YamlJsonWriter()
    {
    }

    /// <summary>The JSON text of <paramref name="root"/> and the origin of each of its lines (index = line − 1).</summary>
    public static (string Json, IReadOnlyList<JsonLine> Lines) Write(YamlNode root)
    {
        var writer = new YamlJsonWriter();
        writer.WriteValue(null, root, prefix: string.Empty);
        return (writer._json.ToString(), writer._lines);
    }

    private void WriteValue(YamlScalar? key, YamlNode node, string prefix)
    {
        var head = key is null ? prefix : prefix + JsonSerializer.Serialize(key.Value) + ": ";
        switch (node)
        {
            case YamlMapping mapping:
                Line(head + "{", key, node);
                for (var i = 0; i < mapping.Entries.Count; i++)
                {
                    WriteValue(mapping.Entries[i].Key, mapping.Entries[i].Value, i == 0 ? string.Empty : ", ");
                }

                Line("}", null, null);
                break;
            case YamlSequence sequence:
                Line(head + "[", key, node);
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    WriteValue(null, sequence.Items[i], i == 0 ? string.Empty : ", ");
                }

                Line("]", null, null);
                break;
            case YamlScalar scalar:
                Line(head + Scalar(scalar), key, node);
                break;
        }
    }

    private void Line(string text, YamlScalar? key, YamlNode? value)
    {
        _json.Append(text).Append('\n');
        _lines.Add(new JsonLine(key, value));
    }

    private static string Scalar(YamlScalar scalar) => scalar.Type switch
    {
        YamlScalarType.Null => "null",
        YamlScalarType.Boolean => scalar.Value.ToLowerInvariant(),
        YamlScalarType.Integer => Integer(scalar.Value),
        YamlScalarType.Number => Number(scalar.Value),
        _ => JsonSerializer.Serialize(scalar.Value),
    };

    /// <summary>The JSON text of a YAML integer, clamped to 64 bits.</summary>
    internal static string Integer(string value)
    {
        var parsed = value switch
        {
            _ when value.StartsWith("0x", StringComparison.Ordinal) => BigInteger.Parse("0" + value[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            _ when value.StartsWith("0o", StringComparison.Ordinal) => value[2..].Aggregate(BigInteger.Zero, (n, c) => (n * 8) + (c - '0')),
            _ => BigInteger.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        };
        // Beyond 64 bits the schema validator fails with an InvalidCastException; clamp so it still
        // sees "an integer" (the binder clamps further, to int, and the range rules report it).
        return BigInteger.Clamp(parsed, long.MinValue, long.MaxValue).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The JSON text of a YAML float, infinities clamped to the largest double.</summary>
    internal static string Number(string value)
    {
        var parsed = double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
        // Infinity (1e999) has no JSON form; clamp it so the schema still sees "a number".
        return double.IsFinite(parsed) ? parsed.ToString("R", CultureInfo.InvariantCulture) : (parsed > 0 ? "1.7976931348623157E+308" : "-1.7976931348623157E+308");
    }
}
