using NJsonSchema.Validation;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Validation;
using Reconciler.Core.Yaml;

namespace Reconciler.Core.Schemas;

/// <summary>Turns NJsonSchema's error kinds into our codes and into messages that say how to fix them.</summary>
internal static class SchemaErrorDescriber
{
    /// <summary>True for errors that make the document impossible to bind to the model.</summary>
    public static bool IsStructural(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.NoAdditionalPropertiesAllowed or ValidationErrorKind.PropertyRequired => true,
        _ => ExpectedType(kind) is not null,
    };

    public static SchemaFinding Describe(ValidationError error, JsonLine origin, YamlMapping root)
    {
        var name = origin.Key?.Value ?? error.Property ?? "this value";
        var valueAt = origin.Value?.Start ?? origin.Key?.Start ?? root.Start;
        switch (error.Kind)
        {
            case ValidationErrorKind.NoAdditionalPropertiesAllowed:
                return new SchemaFinding(origin.Key?.Start ?? valueAt, DiagnosticCodes.UnknownKey, UnknownKey(error), true);
            case ValidationErrorKind.PropertyRequired:
                var where = origin.Key is null ? "this file" : $"'{origin.Key.Value}'";
                return new SchemaFinding(origin.Key?.Start ?? valueAt, DiagnosticCodes.MissingKey,
                    $"The required key '{error.Property}' is missing from {where}; add it (the schema {ContentHint} lists every key).", true);
        }

        if (ExpectedType(error.Kind) is { } expected)
        {
            var found = origin.Value?.KindDescription ?? "something else";
            return new SchemaFinding(valueAt, DiagnosticCodes.WrongType,
                $"'{name}' must be {expected}, but it is {found}{Example(origin.Value)}. {TypeHint(error.Kind, origin.Value)}", true);
        }

        return new SchemaFinding(valueAt, DiagnosticCodes.SchemaViolation, Constraint(error, name, origin.Value), false);
    }

    private const string ContentHint = "beside src/Reconciler.Core/Schemas/";

    private static string UnknownKey(ValidationError error)
    {
        var key = error.Property ?? "?";
        var allowed = error.Schema?.Properties.Keys.ToList() ?? [];
        var suggestion = EditDistance.Nearest(key, allowed);
        var hint = suggestion is null ? "remove it." : $"did you mean '{suggestion}'?";
        var list = allowed.Count == 0 ? string.Empty : $" Keys allowed here: {string.Join(", ", allowed)}.";
        return $"Unknown key '{key}'; {hint}{list}";
    }

    private static string? ExpectedType(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.StringExpected => "a string",
        ValidationErrorKind.NumberExpected => "a number",
        ValidationErrorKind.IntegerExpected => "an integer",
        ValidationErrorKind.BooleanExpected => "true or false",
        ValidationErrorKind.ObjectExpected => "a mapping of keys to values",
        ValidationErrorKind.ArrayExpected => "a list",
        ValidationErrorKind.NullExpected => "null",
        _ => null,
    };

    private static string Example(YamlNode? node) =>
        node is YamlScalar { Type: not YamlScalarType.Null } scalar && scalar.Value.Length <= 40 ? $" ({scalar.Value})" : string.Empty;

    private static string TypeHint(ValidationErrorKind kind, YamlNode? found) => (kind, found) switch
    {
        (ValidationErrorKind.StringExpected, YamlScalar { Type: YamlScalarType.Integer or YamlScalarType.Number } s) =>
            $"Quote it so YAML keeps it as text: \"{s.Value}\" (unquoted, 2.10 would be read as the number 2.1).",
        (ValidationErrorKind.StringExpected, YamlScalar { Type: YamlScalarType.Null }) => "Write a value after the colon.",
        (ValidationErrorKind.StringExpected, _) => "Write a single value, quoted if it contains ':' or '#'.",
        (ValidationErrorKind.IntegerExpected, YamlScalar { Type: YamlScalarType.Number }) => "Use a whole number.",
        (ValidationErrorKind.IntegerExpected or ValidationErrorKind.NumberExpected, YamlScalar { Type: YamlScalarType.String }) =>
            "Write the number without quotes or units, e.g. 14 rather than \"14px\".",
        (ValidationErrorKind.ArrayExpected, _) => "Write a list, e.g. [a, b] or one '- item' per line.",
        (ValidationErrorKind.ObjectExpected, _) => "Write indented 'key: value' lines under it.",
        _ => "Fix the value's type.",
    };

    private static string Constraint(ValidationError error, string name, YamlNode? value)
    {
        var shown = value is YamlScalar scalar ? $" '{scalar.Value}'" : string.Empty;
        var schema = error.Schema;
        return error.Kind switch
        {
            ValidationErrorKind.NotInEnumeration when schema is not null =>
                $"'{name}' has the value{shown}, which is not allowed; use one of: {string.Join(", ", schema.Enumeration)}.",
            ValidationErrorKind.TooFewItems when schema?.MinItems is { } min => $"'{name}' needs at least {min} item(s); add some.",
            ValidationErrorKind.TooManyItems when schema?.MaxItems is { } max => $"'{name}' may have at most {max} item(s); remove some.",
            ValidationErrorKind.TooFewProperties => $"'{name}' is empty; add at least one entry.",
            ValidationErrorKind.PatternMismatch when schema?.Pattern is { } pattern => $"'{name}'{shown} does not match the pattern {pattern}; fix its spelling.",
            ValidationErrorKind.StringTooShort => $"'{name}' is too short; write a longer value.",
            ValidationErrorKind.StringTooLong => $"'{name}' is too long; shorten it.",
            _ => $"'{name}'{shown} breaks the schema ({error.Kind}); see the schema's description of '{name}'.",
        };
    }
}
