using System.Globalization;
using Reconciler.Core.Diagnostics;

namespace Reconciler.Cli.Output;

/// <summary>
/// Diagnostics for people: grouped by file, one line each as <c>line:column  severity  CODE  message</c>,
/// then one summary line.
/// </summary>
internal static class TextDiagnosticsRenderer
{
    public static void Render(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, int filesChecked)
    {
        foreach (var group in diagnostics.GroupBy(d => d.File, StringComparer.Ordinal))
        {
            output.WriteLine(PrintableText.OneLine(group.Key));
            foreach (var d in group)
            {
                var at = string.Create(CultureInfo.InvariantCulture, $"{d.Line}:{d.Column}");
                var severity = d.IsError ? "error" : "warning";
                output.WriteLine($"  {at,-8} {severity,-7}  {d.Code}  {d.Message}");
            }

            output.WriteLine();
        }

        output.WriteLine(Summary(diagnostics, filesChecked));
    }

    /// <summary>"Valid: 13 files checked, no problems." or "Invalid: 2 errors, 1 warning in 2 of 13 files."</summary>
    public static string Summary(IReadOnlyList<Diagnostic> diagnostics, int filesChecked)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        var files = diagnostics.Select(d => d.File).Distinct(StringComparer.Ordinal).Count();
        var checkedFiles = Plural(filesChecked, "file");
        if (diagnostics.Count == 0)
        {
            return $"Valid: {checkedFiles} checked, no problems.";
        }

        var counts = errors > 0 && warnings > 0 ? $"{Plural(errors, "error")}, {Plural(warnings, "warning")}"
            : errors > 0 ? Plural(errors, "error")
            : Plural(warnings, "warning");
        return $"{(errors > 0 ? "Invalid" : "Valid")}: {counts} in {files} of {checkedFiles}.";
    }

    private static string Plural(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");
}
