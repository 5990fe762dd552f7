using System.Globalization;
using Newtonsoft.Json.Linq;
using Reconciler.Core.Yaml;

namespace Reconciler.Core.Schemas;

/// <summary>
/// Builds the JSON token tree of a YAML tree directly, without JSON text or line information: the
/// same values <see cref="YamlJsonWriter"/> writes, at a fraction of the cost. Used to check the
/// common case, a valid document; only a document with findings pays for the line-numbered path.
/// </summary>
internal static class YamlTokenBuilder
{
    public static JToken Build(YamlNode node) => node switch
    {
        YamlMapping mapping => Object(mapping),
        YamlSequence sequence => new JArray(sequence.Items.Select(Build)),
        YamlScalar scalar => Scalar(scalar),
        _ => JValue.CreateNull(),
    };

    private static JObject Object(YamlMapping mapping)
    {
        var json = new JObject();
        foreach (var entry in mapping.Entries)
        {
            // A repeated key keeps its last value, as JSON text with the key twice parses.
            json[entry.Key.Value] = Build(entry.Value);
        }

        return json;
    }

    private static JValue Scalar(YamlScalar scalar) => scalar.Type switch
    {
        YamlScalarType.Null => JValue.CreateNull(),
        YamlScalarType.Boolean => new JValue(string.Equals(scalar.Value, "true", StringComparison.OrdinalIgnoreCase)),
        YamlScalarType.Integer => new JValue(long.Parse(YamlJsonWriter.Integer(scalar.Value), CultureInfo.InvariantCulture)),
        YamlScalarType.Number => new JValue(double.Parse(YamlJsonWriter.Number(scalar.Value), CultureInfo.InvariantCulture)),
        _ => new JValue(scalar.Value),
    };
}
