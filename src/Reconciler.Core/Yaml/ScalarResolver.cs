using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace Reconciler.Core.Yaml;

/// <summary>
/// Resolves a scalar's type by the YAML 1.2 core schema, as editors using the yaml-language-server
/// do: only plain scalars can be numbers, booleans or null; <c>yes</c>/<c>no</c> stay strings.
/// </summary>
internal static partial class ScalarResolver
{
    private const string StringTag = "tag:yaml.org,2002:str";

    /// <summary>The type of a scalar written in <paramref name="style"/> under <paramref name="tag"/> (null for none, "!" for the non-specific tag).</summary>
    public static YamlScalarType Resolve(ScalarStyle style, string? tag, string value)
    {
        // The non-specific tag '!' makes a plain scalar a string.
        if (style != ScalarStyle.Plain || tag is YamlEventKinds.NonSpecificTag or StringTag)
        {
            return YamlScalarType.String;
        }

        return Resolve(value);
    }

    public static YamlScalarType Resolve(string plain) => plain switch
    {
        "" or "~" or "null" or "Null" or "NULL" => YamlScalarType.Null,
        "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => YamlScalarType.Boolean,

        // Every number starts with a digit, a sign or a dot; most plain scalars (every key) do not.
        _ when plain[0] is not ((>= '0' and <= '9') or '+' or '-' or '.') => YamlScalarType.String,
        _ when IntegerPattern().IsMatch(plain) => YamlScalarType.Integer,
        _ when FloatPattern().IsMatch(plain) => YamlScalarType.Number,
        _ => YamlScalarType.String,
    };

    [GeneratedRegex("^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    // .inf and .nan are numbers in YAML but have no JSON form, so they stay strings and fail typing.
    [GeneratedRegex(@"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();
}
