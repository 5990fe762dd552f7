using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Reconciler.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Validate_ContentExample_ExitsZeroWithSummary()
    {
        var stopwatch = Stopwatch.StartNew();
        var result = await CliTester.RunAsync("validate", "--repo", ValidateTestRepository.ContentExample);
        stopwatch.Stop();

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Valid: ", result.Output, StringComparison.Ordinal);
        Assert.Contains("files checked, no problems.", result.Output, StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"validate took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task Validate_RepoWithErrors_ExitsOneGroupedByFile()
    {
        using var repo = new ValidateTestRepository()
            .Write("templates/tmpl_x.yaml", ValidateTestRepository.BrokenTemplate)
            .Write("themes/light.yaml", ValidateTestRepository.Theme.Replace("#1F2933", "#FFFFFF", StringComparison.Ordinal));

        var result = await CliTester.RunAsync("validate", "--repo", repo.Root);

        Assert.Equal(1, result.ExitCode);
        var lines = result.Output.Split('\n');
        var templateHeader = Array.IndexOf(lines, "templates/tmpl_x.yaml");
        var themeHeader = Array.IndexOf(lines, "themes/light.yaml");
        Assert.True(templateHeader >= 0 && themeHeader > templateHeader, result.Output);
        Assert.Matches(@"^  9:68\s+error\s+TPL004  ", lines[templateHeader + 1]);
        Assert.Matches(@"^  5:56\s+error\s+THM010  .*1\.00:1", lines[themeHeader + 1]);
        Assert.Contains("Invalid: 2 errors in 2 of 2 files.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_OnlyWarnings_ExitsZero()
    {
        using var repo = new ValidateTestRepository()
            .Write("themes/light.yaml", ValidateTestRepository.Theme)
            .Write("themes/notes.txt", "not content");

        var result = await CliTester.RunAsync("validate", "--repo", repo.Root);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning  REP001", result.Output, StringComparison.Ordinal);
        Assert.Contains("Valid: 1 warning in 1 of 2 files.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_DefaultRepo_IsTheWorkingDirectory()
    {
        using var repo = new ValidateTestRepository().Write("templates/tmpl_x.yaml", ValidateTestRepository.BrokenTemplate);

        var result = await CliTester.RunAsync(new Dictionary<string, string>(), repo.Root, "validate");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("templates/tmpl_x.yaml", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingRepoFolder_ExitsOneWithAHint()
    {
        var result = await CliTester.RunAsync("validate", "--repo", Path.Combine(Path.GetTempPath(), "no-such-repo-" + Guid.NewGuid()));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Validate_UnknownOutputFormat_IsRejected()
    {
        var result = await CliTester.RunAsync("validate", "--repo", ValidateTestRepository.ContentExample, "--output", "xml");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("xml", result.Error, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, byte[]> BadFiles() => new()
    {
        { "malformed", "templates/a.yaml", Encoding.UTF8.GetBytes("templateId: [unclosed\n") },
        { "wrong-type", "themes/t.yaml", Encoding.UTF8.GetBytes(ValidateTestRepository.Theme.Replace("maxWidthPx: 360", "maxWidthPx: [360]", StringComparison.Ordinal)) },
        { "unknown-key", "themes/t.yaml", Encoding.UTF8.GetBytes(ValidateTestRepository.Theme + "shadow: true\n") },
        { "alias-bomb", "widgets/w.yaml", Encoding.UTF8.GetBytes(AliasBomb()) },
        { "ten-megabytes", "templates/big.yaml", Encoding.UTF8.GetBytes("notes: " + new string('x', 10 * 1024 * 1024) + "\n") },
        { "binary", "themes/logo.yaml", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0xFF] },
        { "empty", "widgets/empty.yaml", [] },
        { "bom", "widgets/bom.yaml", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("widgetId: w-1\nassignments: []\n")] },
        { "crlf", "widgets/crlf.yaml", Encoding.UTF8.GetBytes("widgetId: w-1\r\nassignments: []\r\n") },
    };

    // Not enumerated at discovery: xUnit would serialize the 10 MB file byte by byte, and the test
    // host then needs over 10 GB just to list the tests (it was OOM-killed on a shared machine).
    [Theory]
    [MemberData(nameof(BadFiles), DisableDiscoveryEnumeration = true)]
    public async Task Validate_BadInput_ExitsOneWithDiagnosticsAndNoStackTrace(string name, string path, byte[] content)
    {
        using var repo = new ValidateTestRepository().Write(path, content);

        foreach (var format in new[] { "text", "json", "sarif" })
        {
            var result = await CliTester.RunAsync("validate", "--repo", repo.Root, "--output", format);

            Assert.True(result.ExitCode == 1, $"{name} ({format}) exited {result.ExitCode}: {result.Output}{result.Error}");
            Assert.Contains(path, result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", result.Output + result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Validate_BomAndCrlf_ReportTheRightLine()
    {
        using var repo = new ValidateTestRepository()
            .Write("widgets/bom.yaml", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("widgetId: w-1\nassignments:\n  - { theme: missing, trafficWeight: 1 }\n")])
            .Write("widgets/crlf.yaml", Encoding.UTF8.GetBytes("widgetId: w-2\r\nassignments:\r\n  - { theme: missing, trafficWeight: 1 }\r\n"));

        var result = await CliTester.RunAsync("validate", "--repo", repo.Root, "--output", "json");

        using var json = JsonDocument.Parse(result.Output);
        var positions = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("file").GetString()}:{d.GetProperty("line").GetInt32()}:{d.GetProperty("column").GetInt32()}:{d.GetProperty("code").GetString()}")
            .ToList();
        Assert.Equal(["widgets/bom.yaml:3:14:WID003", "widgets/crlf.yaml:3:14:WID003"], positions);
    }

    private static string AliasBomb()
    {
        var yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (var level = 'b'; level <= 'j'; level++)
        {
            yaml.Append(level).Append(": &").Append(level).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*" + (char)(level - 1), 10))).Append("]\n");
        }

        return yaml.ToString();
    }
}
