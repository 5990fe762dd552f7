using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reconciler.Core.Diagnostics;

namespace Reconciler.Cli.Output;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning: one run, the whole <see cref="DiagnosticCatalog"/> as the
/// driver's rules, one result per diagnostic with a repository-relative URI (so GitHub can place it
/// on the file line) and a stable fingerprint so alerts survive unrelated edits.
/// </summary>
internal static class SarifRenderer
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="output">Where the log goes.</param>
    /// <param name="diagnostics">Every diagnostic.</param>
    /// <param name="uriPrefix">Path of the content repository inside the git repository (e.g. <c>content/</c>), or empty.</param>
    /// <param name="toolVersion">The reconciler's version.</param>
    public static void Render(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, string uriPrefix, string toolVersion)
    {
        var rules = DiagnosticCatalog.Rules;
        var index = rules.Select((r, i) => (r.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", SchemaUri);
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            WriteTool(writer, rules, toolVersion);
            writer.WriteStartArray("results");
            foreach (var d in diagnostics)
            {
                WriteResult(writer, d, index.TryGetValue(d.Code, out var i) ? i : -1, uriPrefix);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteTool(Utf8JsonWriter writer, IReadOnlyList<DiagnosticRule> rules, string toolVersion)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "reconciler");
        writer.WriteString("semanticVersion", toolVersion);
        writer.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Code);
            writer.WriteString("name", rule.Name);
            writer.WriteStartObject("shortDescription");
            writer.WriteString("text", rule.Summary);
            writer.WriteEndObject();

            // GitHub code scanning requires fullDescription and help on every rule (SARIF validator GH2012).
            writer.WriteStartObject("fullDescription");
            writer.WriteString("text", rule.Summary);
            writer.WriteEndObject();
            writer.WriteStartObject("help");
            writer.WriteString("text", rule.Fix);
            writer.WriteString("markdown", $"**{rule.Code} {rule.Name}** ({rule.Severity.ToString().ToLowerInvariant()}): {rule.Summary}\n\nHow to fix: {rule.Fix}");
            writer.WriteEndObject();
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", Level(rule.Severity));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, Diagnostic d, int ruleIndex, string uriPrefix)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", d.Code);
        if (ruleIndex >= 0)
        {
            writer.WriteNumber("ruleIndex", ruleIndex);
        }

        writer.WriteString("level", Level(d.Severity));
        writer.WriteStartObject("message");
        writer.WriteString("text", d.Message);
        writer.WriteEndObject();
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", RelativeUri(uriPrefix + d.File));
        writer.WriteString("uriBaseId", "%SRCROOT%");
        writer.WriteEndObject();
        writer.WriteStartObject("region");
        writer.WriteNumber("startLine", Math.Max(1, d.Line));
        writer.WriteNumber("startColumn", Math.Max(1, d.Column));
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartObject("partialFingerprints");
        writer.WriteString("reconcilerFingerprint/v1", Fingerprint(d));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>File, code and message identify a finding; its line does not (edits above it move it).</summary>
    private static string Fingerprint(Diagnostic d) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{d.File}\n{d.Code}\n{d.Message}")))[..32];

    private static string Level(Severity severity) => severity == Severity.Error ? "error" : "warning";

    /// <summary>
    /// A repository path as a relative URI reference, as SARIF requires: each segment percent-encoded,
    /// so names with spaces, '#', '%' or line breaks stay one valid URI (code scanning resolves it
    /// back to the file).
    /// </summary>
    internal static string RelativeUri(string path) =>
        string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
