using System.Globalization;
using System.Numerics;

namespace Reconciler.Core.Yaml;

/// <summary>Reads typed values out of a tree the schema has already checked.</summary>
internal static class YamlValues
{
    public static string Text(this YamlMapping mapping, string key) => mapping.String(key) ?? string.Empty;

    public static string? OptionalText(this YamlMapping mapping, string key) =>
        mapping.Scalar(key) is { Type: not YamlScalarType.Null } scalar ? scalar.Value : null;

    /// <summary>An integer; values beyond <see cref="int"/> clamp to its range so range rules still fire.</summary>
    public static int Int(this YamlMapping mapping, string key, int fallback = 0)
    {
        if (mapping.Scalar(key) is not { Type: YamlScalarType.Integer } scalar)
        {
            return fallback;
        }

        var value = scalar.Value;
        BigInteger parsed;
        if (value.StartsWith("0x", StringComparison.Ordinal))
        {
            parsed = BigInteger.Parse("0" + value[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }
        else if (value.StartsWith("0o", StringComparison.Ordinal))
        {
            parsed = value[2..].Aggregate(BigInteger.Zero, (n, c) => (n * 8) + (c - '0'));
        }
        else
        {
            parsed = BigInteger.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        return (int)BigInteger.Clamp(parsed, int.MinValue, int.MaxValue);
    }

    /// <summary>A decimal exactly as written (0.7 stays 0.7); out-of-range values become -1 so range rules fire.</summary>
    public static decimal Decimal(this YamlMapping mapping, string key)
    {
        var scalar = mapping.Scalar(key);
        return scalar is not null && decimal.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : -1m;
    }

    public static IReadOnlyList<string> Strings(this YamlMapping mapping, string key) =>
        mapping[key] is YamlSequence sequence ? sequence.Items.OfType<YamlScalar>().Select(s => s.Value).ToList() : [];

    public static IEnumerable<YamlMapping> Mappings(this YamlMapping mapping, string key) =>
        mapping[key] is YamlSequence sequence ? sequence.Items.OfType<YamlMapping>() : [];
}
