using Reconciler.Core.Diagnostics;
using Reconciler.Core.Validation;

namespace Reconciler.Core.Tests.Support;

/// <summary>Runs the full loader and validator over small in-memory repositories.</summary>
internal static class Check
{
    /// <summary>Validates one template (plus a valid theme and widget so cross-file rules are quiet).</summary>
    public static IReadOnlyList<Diagnostic> Template(string text, string path = "templates/tmpl_order.yaml") =>
        Run(new InMemorySource().Add(path, text));

    public static IReadOnlyList<Diagnostic> Theme(string text, string path = "themes/dark.yaml") =>
        Run(new InMemorySource().Add(path, text));

    public static IReadOnlyList<Diagnostic> Widget(string text, string path = "widgets/w-123456.yaml") =>
        Run(new InMemorySource().Add("themes/dark.yaml", Samples.Theme).Add(path, text));

    public static IReadOnlyList<Diagnostic> Run(InMemorySource source) => ContentValidator.LoadAndValidate(source).Diagnostics;

    /// <summary>Replaces the whole line that contains <paramref name="marker"/> by <paramref name="replacement"/>, keeping its indentation.</summary>
    public static string Edit(string text, string marker, string replacement)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal));
        Assert.True(index >= 0, $"marker '{marker}' not found");
        var indent = lines[index][..(lines[index].Length - lines[index].TrimStart().Length)];
        lines[index] = indent + replacement;
        return string.Join('\n', lines);
    }

    /// <summary>Asserts exactly one diagnostic with <paramref name="code"/>, at the given place and severity.</summary>
    public static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code, Severity severity, int line, int? column = null)
    {
        var matching = diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, got: {Describe(diagnostics)}");
        var d = matching[0];
        Assert.Equal(severity, d.Severity);
        Assert.Equal(line, d.Line);
        if (column is { } c)
        {
            Assert.Equal(c, d.Column);
        }

        return d;
    }

    public static void Clean(IReadOnlyList<Diagnostic> diagnostics) =>
        Assert.True(diagnostics.Count == 0, "expected no diagnostics, got: " + Describe(diagnostics));

    public static void None(IReadOnlyList<Diagnostic> diagnostics, string code) =>
        Assert.True(diagnostics.All(d => d.Code != code), $"expected no {code}, got: {Describe(diagnostics)}");

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(" | ", diagnostics.Select(d => $"{d.File}:{d.Line}:{d.Column} {d.Severity} {d.Code} {d.Message}"));
}
