using Reconciler.TestSupport;

namespace Reconciler.Cli.Tests;

/// <summary><c>reconciler preview</c>: static page, diagnostics, and screenshots with axe in real headless Chromium.</summary>
public sealed class PreviewCommandTests : IDisposable
{
    private static readonly Dictionary<string, string> NoVariables = [];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "preview-cli-" + Guid.NewGuid().ToString("N"));

    public PreviewCommandTests() => Directory.CreateDirectory(Path.Combine(_folder, "themes"));

    private static string DarkTheme => Path.Combine(RepositoryFiles.ContentExample, "themes", "enterprise-dark.yaml");

    [Fact]
    public async Task Preview_Out_WritesTheStaticPageAndPrintsOurContrastFigures()
    {
        var result = await CliTester.RunAsync(NoVariables, _folder, "preview", DarkTheme, "--out", "out/dark.html");

        Assert.Equal(0, result.ExitCode);
        var html = await File.ReadAllTextAsync(Path.Combine(_folder, "out", "dark.html"));
        Assert.Contains("Enterprise Dark Mode", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("body text: #FFFFFF on #1A1A1A = 17.4", result.Output, StringComparison.Ordinal);
        Assert.Contains("button 'Start Chat': #000000 on #00E676", result.Output, StringComparison.Ordinal);
        Assert.Contains("Wrote out/dark.html", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_InvalidTheme_DiagnosticsWithLineAndColumnAndExit1()
    {
        var theme = Path.Combine(_folder, "themes", "bad.yaml");
        await File.WriteAllTextAsync(theme, (await File.ReadAllTextAsync(DarkTheme)).Replace("\"#1A1A1A\"", "red", StringComparison.Ordinal));

        var result = await CliTester.RunAsync(NoVariables, _folder, "preview", "themes/bad.yaml", "--out", "x.html");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"themes/bad\.yaml:4:\d+: error THM\d+: .*backgroundColor", result.Error);
        Assert.Contains("cannot be previewed", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "x.html")));
    }

    [Fact]
    public async Task Preview_MissingFile_SaysSoAndExit1()
    {
        var result = await CliTester.RunAsync(NoVariables, _folder, "preview", "themes/nope.yaml", "--out", "x.html");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("themes/nope.yaml:1:1: error REP003: The theme file 'themes/nope.yaml' does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_Screenshot_WritesPngAndAxeAgreesThePassingThemePasses()
    {
        var result = await CliTester.RunAsync(NoVariables, _folder, "preview", DarkTheme, "--screenshot", "dark.png");

        Assert.True(result.ExitCode == 0, result.Error);
        var png = await File.ReadAllBytesAsync(Path.Combine(_folder, "dark.png"));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Contains("axe-core color-contrast: no violations", result.Output, StringComparison.Ordinal);
        Assert.Contains("(passes, needs 4.50:1)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_Screenshot_FailingThemeShowsAxeViolationsBesideOurFailure()
    {
        var theme = Path.Combine(_folder, "themes", "grey.yaml");
        await File.WriteAllTextAsync(theme, (await File.ReadAllTextAsync(DarkTheme))
            .Replace("backgroundColor: \"#1A1A1A\"", "backgroundColor: \"#FFFFFF\"", StringComparison.Ordinal)
            .Replace("color: \"#FFFFFF\"", "color: \"#777777\"", StringComparison.Ordinal));

        var result = await CliTester.RunAsync(NoVariables, _folder, "preview", "themes/grey.yaml", "--screenshot", "grey.png");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("error THM010", result.Error, StringComparison.Ordinal);
        Assert.Contains("body text: #777777 on #FFFFFF = 4.47:1 (FAILS, needs 4.50:1)", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"axe-core color-contrast: [1-9]\d* violation\(s\)", result.Output);
        Assert.Contains("insufficient color contrast of 4.47", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port", "70000")]
    [InlineData("--port", "-1")]
    public async Task Preview_PortOutOfRange_ParseError(string option, string value)
    {
        var result = await CliTester.RunAsync(NoVariables, _folder, "preview", DarkTheme, option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--port must be from 0 to 65535", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
