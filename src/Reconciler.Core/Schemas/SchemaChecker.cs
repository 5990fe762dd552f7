using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Yaml;

namespace Reconciler.Core.Schemas;

/// <summary>
/// Validates a YAML document against its kind's JSON Schema and puts each finding on the YAML line
/// it concerns. Value constraints that a semantic rule re-checks (the schema marks them with
/// <c>x-checkedBy</c>, naming that rule's code) are left to the rule, which says more.
/// </summary>
public static class SchemaChecker
{
    private const string CheckedByKeyword = "x-checkedBy";

    /// <summary>Checks <paramref name="root"/>, the content of <paramref name="path"/>.</summary>
    public static SchemaCheckResult Check(string path, ContentKind kind, YamlMapping root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (ContentSchemas.Compiled(kind) is { } compiled ? compiled.IsCertainlyClean(root) : IsClean(ContentSchemas.Get(kind), root))
        {
            return new SchemaCheckResult([], true);
        }

        var schema = ContentSchemas.Get(kind);

        var (json, lines) = YamlJsonWriter.Write(root);
        JToken token;
        try
        {
            token = JToken.Parse(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        }
        catch (JsonException e)
        {
            // Only reachable through numbers JSON cannot hold; say so rather than crash.
            return new SchemaCheckResult(
                [new Diagnostic(path, root.Start.Line, root.Start.Column, Severity.Error, DiagnosticCodes.SchemaViolation,
                    $"The document cannot be checked: {e.Message}. Simplify unusual numbers.")],
                false);
        }

        var diagnostics = new List<Diagnostic>();
        var structural = true;
        foreach (var error in Flatten(schema.Validate(token)))
        {
            if (IsCheckedByRule(error))
            {
                continue;
            }

            var finding = SchemaErrorDescriber.Describe(error, Origin(error, lines), root);
            structural &= !finding.IsStructural;
            diagnostics.Add(new Diagnostic(path, finding.Position.Line, finding.Position.Column, Severity.Error, finding.Code, finding.Message));
        }

        diagnostics.Sort((a, b) => (a.Line, a.Column).CompareTo((b.Line, b.Column)));
        return new SchemaCheckResult(diagnostics.DistinctBy(d => (d.Line, d.Column, d.Code, d.Message)).ToList(), structural);
    }

    /// <summary>
    /// True when the schema finds nothing to report: checked on a token tree built straight from
    /// YAML, which is cheap. Anything else is checked again on JSON text with line numbers, so every
    /// finding can be placed; a number JSON cannot hold also takes that path, which reports it.
    /// </summary>
    /// <summary>What NJsonSchema itself answers to "is <paramref name="root"/> clean?"; the oracle that <see cref="CompiledSchema"/> is tested against.</summary>
    internal static bool IsCleanByValidator(ContentKind kind, YamlMapping root) => IsClean(ContentSchemas.Get(kind), root);

    private static bool IsClean(JsonSchema schema, YamlMapping root)
    {
        try
        {
            return !Flatten(schema.Validate(YamlTokenBuilder.Build(root))).Any(e => !IsCheckedByRule(e));
        }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidCastException)
        {
            return false;
        }
    }

    private static bool IsCheckedByRule(ValidationError error) =>
        !SchemaErrorDescriber.IsStructural(error.Kind)
        && error.Schema is { } schema
        && (schema.ExtensionData?.ContainsKey(CheckedByKeyword) ?? false);

    private static JsonLine Origin(ValidationError error, IReadOnlyList<JsonLine> lines) =>
        error.HasLineInfo && error.LineNumber >= 1 && error.LineNumber <= lines.Count ? lines[error.LineNumber - 1] : default;

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child)
            {
                foreach (var nested in Flatten(child.Errors.SelectMany(e => e.Value)))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return error;
            }
        }
    }
}
