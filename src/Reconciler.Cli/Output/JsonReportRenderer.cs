using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reconciler.Core.Diagnostics;

namespace Reconciler.Cli.Output;

/// <summary>
/// SPEC §4's stable JSON contract: <c>{"valid", "diagnostics", "changes", "summary"}</c>.
/// <c>validate</c> passes no changes (an empty array); <c>plan</c> passes its changes and adds its
/// own summary counts. <c>valid</c> is false exactly when a diagnostic is an error.
/// </summary>
internal static class JsonReportRenderer
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="output">Where the document goes (stdout).</param>
    /// <param name="diagnostics">Every diagnostic, already sorted.</param>
    /// <param name="changes">The plan's changes in SPEC §4's shape, or null for none.</param>
    /// <param name="summary">Extra summary members; <c>errors</c> and <c>warnings</c> are always written first.</param>
    public static void Render(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, JsonArray? changes = null, JsonObject? summary = null, JsonObject? extra = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            var errors = diagnostics.Count(d => d.IsError);
            writer.WriteStartObject();
            writer.WriteBoolean("valid", errors == 0);
            writer.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("file", d.File);
                writer.WriteNumber("line", d.Line);
                writer.WriteNumber("column", d.Column);
                writer.WriteString("severity", d.IsError ? "error" : "warning");
                writer.WriteString("code", d.Code);
                writer.WriteString("message", d.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WritePropertyName("changes");
            (changes ?? []).WriteTo(writer);
            writer.WriteStartObject("summary");
            writer.WriteNumber("errors", errors);
            writer.WriteNumber("warnings", diagnostics.Count - errors);
            WriteProperties(writer, summary, skip: name => name is "errors" or "warnings");
            writer.WriteEndObject();
            WriteProperties(writer, extra, skip: _ => false);

            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteProperties(Utf8JsonWriter writer, JsonObject? properties, Func<string, bool> skip)
    {
        foreach (var (name, value) in properties ?? [])
        {
            if (skip(name))
            {
                continue;
            }

            writer.WritePropertyName(name);
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                value.WriteTo(writer);
            }
        }
    }
}
