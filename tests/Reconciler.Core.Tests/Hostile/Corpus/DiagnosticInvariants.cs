using Reconciler.Core.Diagnostics;

namespace Reconciler.Core.Tests.Hostile.Corpus;

/// <summary>
/// What every diagnostic must satisfy however hostile the input (issue 9): a repository-relative
/// file with <c>/</c> separators that the run actually read, a line and column from 1, a code the
/// catalog knows, and a message a person can act on — no stack trace, no exception type, and not
/// the loader's last-resort "please report this as a bug" text, which means something threw.
/// </summary>
internal static class DiagnosticInvariants
{
    private static readonly string[] StackTraceMarks = ["   at ", "Exception:", "Exception (", "--- End of", "System.", "YamlDotNet.", "NJsonSchema.", "Newtonsoft."];

    /// <summary>The violations of one run's diagnostics; empty when all is well.</summary>
    /// <param name="diagnostics">The run's diagnostics as (file, line, column, severity, code, message).</param>
    /// <param name="filesRead">The repository-relative paths the run read.</param>
    /// <param name="isValid">What the run said about validity.</param>
    public static IReadOnlyList<string> Check(IReadOnlyList<(string File, int Line, int Column, string Severity, string Code, string Message)> diagnostics, IReadOnlyCollection<string> filesRead, bool isValid)
    {
        var problems = new List<string>();
        var errors = diagnostics.Count(d => d.Severity == "error");
        if (isValid != (errors == 0))
        {
            problems.Add($"valid={isValid} but {errors} error(s)");
        }

        foreach (var d in diagnostics)
        {
            var where = $"{d.File}:{d.Line}:{d.Column} {d.Code}";
            if (d.File.Length == 0 || Path.IsPathRooted(d.File) || d.File.Contains('\\') || d.File.Split('/').Any(s => s is "" or "." or ".."))
            {
                problems.Add($"{where}: file is not a clean repository-relative path");
            }
            else if (!filesRead.Contains(d.File))
            {
                problems.Add($"{where}: file is not one the run read");
            }

            if (d.Line < 1 || d.Column < 1)
            {
                problems.Add($"{where}: no location");
            }

            if (DiagnosticCatalog.Find(d.Code) is not { } rule)
            {
                problems.Add($"{where}: unknown code");
            }
            else if (!string.Equals(rule.Severity.ToString(), d.Severity, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{where}: severity {d.Severity} differs from the catalog's {rule.Severity}");
            }

            if (d.Message.Trim().Length == 0 || StackTraceMarks.Any(m => d.Message.Contains(m, StringComparison.Ordinal)) || d.Message.Contains("report this as a bug", StringComparison.Ordinal))
            {
                problems.Add($"{where}: message looks like a crash: {Shorten(d.Message)}");
            }
        }

        return problems;
    }

    /// <summary>The same checks over our own diagnostic records.</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyCollection<string> filesRead, bool isValid) =>
        Check(diagnostics.Select(d => (d.File, d.Line, d.Column, d.Severity.ToString().ToLowerInvariant(), d.Code, d.Message)).ToList(), filesRead, isValid);

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
