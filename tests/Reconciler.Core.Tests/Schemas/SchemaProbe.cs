using NJsonSchema;
using NJsonSchema.Validation;
using Reconciler.Core.Schemas;
using Reconciler.Core.Yaml;
using Expect = Reconciler.Core.Tests.Schemas.CompiledSchemaTests.Expect;

namespace Reconciler.Core.Tests.Schemas;

/// <summary>
/// A made-up schema with one field per value constraint <see cref="CompiledSchema"/> models, each
/// twice: bare (<c>pattern</c>) and marked <c>x-checkedBy</c> (<c>patternChecked</c>). The shipped
/// schemas mark nearly every constraint, so without this the compiled check would never be tested
/// on a constraint NJsonSchema actually reports — the case that appears the day a mark is removed.
/// </summary>
internal static class SchemaProbe
{
    /// <summary>The field every probe document needs: <c>req: x</c>.</summary>
    public const string RequiredField = "req";

    private static readonly (string Name, string Constraint)[] Fields =
    [
        ("pattern", """ "type": "string", "pattern": "^[a-z]{2,4}$" """),
        ("digits", """ "type": "string", "pattern": "^\\d+$" """),
        ("enum", """ "type": "string", "enum": ["a", "b"] """),
        ("length", """ "type": "string", "minLength": 2, "maxLength": 3 """),
        ("minimum", """ "type": "integer", "minimum": 1 """),
        ("maximum", """ "type": "integer", "maximum": 10 """),
        ("multipleOf", """ "type": "integer", "multipleOf": 5 """),
        ("range", """ "type": "number", "minimum": 0, "maximum": 1 """),
        ("step", """ "type": "number", "multipleOf": 0.1 """),
        ("items", """ "type": "array", "minItems": 1, "maxItems": 2, "items": { "type": "string" } """),
        ("properties", """ "type": "object", "minProperties": 1, "additionalProperties": { "type": "integer" } """),
        ("flag", """ "type": "boolean" """),
        ("intEnum", """ "type": "integer", "enum": [1, 2] """),
    ];

    /// <summary>
    /// A value for each field, with what NJsonSchema answers for the bare field and for its
    /// x-checkedBy twin: a type error stays a finding when marked, a value constraint does not.
    /// </summary>
    public static TheoryData<string, string, Expect, Expect> Cases => new()
    {
        { "pattern", "ab", Expect.Clean, Expect.Clean },
        { "pattern", "abcde", Expect.Finding, Expect.Clean },
        { "pattern", "AB", Expect.Finding, Expect.Clean },
        { "pattern", "'12'", Expect.Finding, Expect.Clean },
        { "pattern", "!!str 12", Expect.Finding, Expect.Clean },
        { "pattern", "\"ab\\n\"", Expect.Agree, Expect.Clean },
        { "pattern", "\"ab\\n\\n\"", Expect.Finding, Expect.Clean },
        { "pattern", "\"\\nab\"", Expect.Finding, Expect.Clean },
        { "pattern", "\"ab\\r\"", Expect.Finding, Expect.Clean },
        { "pattern", "12", Expect.Finding, Expect.Finding },
        { "pattern", "1.5", Expect.Finding, Expect.Finding },
        { "pattern", "true", Expect.Finding, Expect.Finding },
        { "pattern", "~", Expect.Finding, Expect.Finding },
        { "pattern", "[ab]", Expect.Finding, Expect.Finding },
        { "pattern", "{ab: ab}", Expect.Finding, Expect.Finding },
        { "digits", "'123'", Expect.Clean, Expect.Clean },
        { "digits", "'١٢٣'", Expect.Agree, Expect.Clean },
        { "enum", "a", Expect.Clean, Expect.Clean },
        { "enum", "c", Expect.Finding, Expect.Clean },
        { "enum", "A", Expect.Finding, Expect.Clean },
        { "enum", "\"a\\n\"", Expect.Finding, Expect.Clean },
        { "enum", "'a '", Expect.Finding, Expect.Clean },
        { "enum", "1", Expect.Finding, Expect.Finding },
        { "enum", "true", Expect.Finding, Expect.Finding },
        { "enum", "~", Expect.Finding, Expect.Finding },
        { "length", "ab", Expect.Clean, Expect.Clean },
        { "length", "abc", Expect.Clean, Expect.Clean },
        { "length", "éé", Expect.Clean, Expect.Clean },
        { "length", "日本語", Expect.Clean, Expect.Clean },
        { "length", "a", Expect.Finding, Expect.Clean },
        { "length", "abcd", Expect.Finding, Expect.Clean },
        { "length", "''", Expect.Finding, Expect.Clean },
        { "length", "😀", Expect.Agree, Expect.Clean },
        { "length", "😀😀", Expect.Agree, Expect.Clean },
        { "length", "\"e\\u0301\"", Expect.Agree, Expect.Clean },
        { "length", "12", Expect.Finding, Expect.Finding },
        { "minimum", "1", Expect.Clean, Expect.Clean },
        { "minimum", "0x1", Expect.Clean, Expect.Clean },
        { "minimum", "0o1", Expect.Clean, Expect.Clean },
        { "minimum", "+1", Expect.Clean, Expect.Clean },
        { "minimum", "99999999999999999999999", Expect.Clean, Expect.Clean },
        { "minimum", "0", Expect.Finding, Expect.Clean },
        { "minimum", "-0", Expect.Finding, Expect.Clean },
        { "minimum", "0x0", Expect.Finding, Expect.Clean },
        { "minimum", "-1", Expect.Finding, Expect.Clean },
        { "minimum", "-99999999999999999999999", Expect.Finding, Expect.Clean },
        { "minimum", "1.0", Expect.Finding, Expect.Finding },
        { "minimum", ".5", Expect.Finding, Expect.Finding },
        { "minimum", "1e0", Expect.Finding, Expect.Finding },
        { "minimum", "1e999", Expect.Finding, Expect.Finding },
        { "minimum", "'1'", Expect.Finding, Expect.Finding },
        { "minimum", "true", Expect.Finding, Expect.Finding },
        { "minimum", "~", Expect.Finding, Expect.Finding },
        { "minimum", "[1]", Expect.Finding, Expect.Finding },
        { "minimum", "{a: 1}", Expect.Finding, Expect.Finding },
        { "maximum", "10", Expect.Clean, Expect.Clean },
        { "maximum", "0xA", Expect.Clean, Expect.Clean },
        { "maximum", "0o12", Expect.Clean, Expect.Clean },
        { "maximum", "-9223372036854775808", Expect.Clean, Expect.Clean },
        { "maximum", "-99999999999999999999999", Expect.Clean, Expect.Clean },
        { "maximum", "11", Expect.Finding, Expect.Clean },
        { "maximum", "0xB", Expect.Finding, Expect.Clean },
        { "maximum", "0o13", Expect.Finding, Expect.Clean },
        { "maximum", "9223372036854775807", Expect.Finding, Expect.Clean },
        { "maximum", "99999999999999999999999", Expect.Finding, Expect.Clean },
        { "multipleOf", "0", Expect.Clean, Expect.Clean },
        { "multipleOf", "-5", Expect.Clean, Expect.Clean },
        { "multipleOf", "0xF", Expect.Clean, Expect.Clean },
        { "multipleOf", "0o17", Expect.Clean, Expect.Clean },
        { "multipleOf", "9223372036854775805", Expect.Clean, Expect.Clean },
        { "multipleOf", "7", Expect.Finding, Expect.Clean },
        { "multipleOf", "9223372036854775807", Expect.Finding, Expect.Clean },
        { "multipleOf", "99999999999999999999999", Expect.Finding, Expect.Clean },
        { "multipleOf", "10.0", Expect.Finding, Expect.Finding },
        { "range", "0", Expect.Clean, Expect.Clean },
        { "range", "1", Expect.Clean, Expect.Clean },
        { "range", "0x1", Expect.Clean, Expect.Clean },
        { "range", "0.5", Expect.Clean, Expect.Clean },
        { "range", ".5", Expect.Clean, Expect.Clean },
        { "range", "1.0", Expect.Clean, Expect.Clean },
        { "range", "5e-1", Expect.Clean, Expect.Clean },
        { "range", "-0.0", Expect.Clean, Expect.Clean },
        { "range", "1.0000000000000001", Expect.Agree, Expect.Clean },
        { "range", "1.000000000000001", Expect.Agree, Expect.Clean },
        { "range", "1.00000000000001", Expect.Agree, Expect.Clean },
        { "range", "-1e-30", Expect.Agree, Expect.Clean },
        { "range", "1.5", Expect.Finding, Expect.Clean },
        { "range", "-0.1", Expect.Finding, Expect.Clean },
        { "range", "2", Expect.Finding, Expect.Clean },
        { "range", "99999999999999999999999", Expect.Finding, Expect.Clean },
        { "range", "1e30", Expect.Finding, Expect.CleanMaybeSlow },
        { "range", "1e999", Expect.Finding, Expect.CleanMaybeSlow },
        { "range", "-1e999", Expect.Finding, Expect.CleanMaybeSlow },
        { "range", "'0.5'", Expect.Finding, Expect.Finding },
        { "range", ".nan", Expect.Finding, Expect.Finding },
        { "range", "true", Expect.Finding, Expect.Finding },
        { "range", "~", Expect.Finding, Expect.Finding },
        { "step", "0.3", Expect.Clean, Expect.Clean },
        { "step", "3", Expect.Clean, Expect.Clean },
        { "step", "0.30000000000000004", Expect.Agree, Expect.Clean },
        { "step", "0.35", Expect.Finding, Expect.Clean },
        { "items", "[a]", Expect.Clean, Expect.Clean },
        { "items", "[a, b]", Expect.Clean, Expect.Clean },
        { "items", "[]", Expect.Finding, Expect.Clean },
        { "items", "[a, b, c]", Expect.Finding, Expect.Clean },
        { "items", "[1]", Expect.Finding, Expect.Finding },
        { "items", "[~]", Expect.Finding, Expect.Finding },
        { "items", "[[a]]", Expect.Finding, Expect.Finding },
        { "items", "a", Expect.Finding, Expect.Finding },
        { "items", "{a: b}", Expect.Finding, Expect.Finding },
        { "items", "~", Expect.Finding, Expect.Finding },
        { "properties", "{a: 1}", Expect.Clean, Expect.Clean },
        { "properties", "{1: 1, ~: 2}", Expect.Clean, Expect.Clean },
        { "properties", "{}", Expect.Finding, Expect.Clean },
        { "properties", "{a: x}", Expect.Finding, Expect.Finding },
        { "properties", "{a: 1, b: 2.5}", Expect.Finding, Expect.Finding },
        { "properties", "[1]", Expect.Finding, Expect.Finding },
        { "properties", "~", Expect.Finding, Expect.Finding },
        { "flag", "true", Expect.Clean, Expect.Clean },
        { "flag", "False", Expect.Clean, Expect.Clean },
        { "flag", "TRUE", Expect.Clean, Expect.Clean },
        { "flag", "yes", Expect.Finding, Expect.Finding },
        { "flag", "1", Expect.Finding, Expect.Finding },
        { "flag", "'true'", Expect.Finding, Expect.Finding },
        { "flag", "~", Expect.Finding, Expect.Finding },
        { "intEnum", "1", Expect.CleanMaybeSlow, Expect.CleanMaybeSlow },
        { "intEnum", "0x2", Expect.CleanMaybeSlow, Expect.CleanMaybeSlow },
        { "intEnum", "3", Expect.Finding, Expect.CleanMaybeSlow },
        { "intEnum", "'1'", Expect.Finding, Expect.Finding },
        { "intEnum", "1.0", Expect.Finding, Expect.Finding },
    };

    /// <summary>The probe schema's JSON text, which <see cref="CompiledSchema"/> compiles.</summary>
    public static string Text { get; } = Json();

    /// <summary>The probe schema, parsed by NJsonSchema (the oracle) as the shipped ones are.</summary>
    public static JsonSchema Schema { get; } = JsonSchema.FromJsonAsync(Text).GetAwaiter().GetResult();

    /// <summary>
    /// SchemaChecker's oracle for any schema: NJsonSchema, on the token tree SchemaChecker builds,
    /// reports nothing except value constraints marked <c>x-checkedBy</c>. The tests check that
    /// this agrees with <see cref="SchemaChecker.IsCleanByValidator"/> on the shipped schemas.
    /// </summary>
    public static bool IsCleanByValidator(JsonSchema schema, YamlMapping root)
    {
        try
        {
            return !Flatten(schema.Validate(YamlTokenBuilder.Build(root))).Any(e =>
                SchemaErrorDescriber.IsStructural(e.Kind) || !(e.Schema?.ExtensionData?.ContainsKey("x-checkedBy") ?? false));
        }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidCastException)
        {
            return false;
        }
    }

    private static string Json()
    {
        var properties = Fields.SelectMany(f => new[]
        {
            $"\"{f.Name}\": {{ {f.Constraint} }}",
            $"\"{f.Name}Checked\": {{ {f.Constraint}, \"x-checkedBy\": \"PRB001\" }}",
        });
        return $$"""
            {
              "type": "object",
              "additionalProperties": false,
              "required": ["{{RequiredField}}"],
              "properties": {
                "{{RequiredField}}": { "type": "string" },
                {{string.Join(",\n", properties)}}
              }
            }
            """;
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child ? Flatten(child.Errors.SelectMany(x => x.Value)) : [e]);
}
