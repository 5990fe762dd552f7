using System.Text.Json;
using System.Text.Json.Nodes;
using Reconciler.Cli.Output;
using Reconciler.Core.Diagnostics;

namespace Reconciler.Cli.Tests;

public sealed class ValidateOutputTests
{
    private static readonly Diagnostic Error = new("templates/a.yaml", 9, 51, Severity.Error, "TPL004", "Invalid placeholder '{{order-id}}'.");
    private static readonly Diagnostic Warning = new("templates/a.yaml", 5, 12, Severity.Warning, "TPL011", "Variable 'x' is declared but unused.");

    [Fact]
    public async Task Json_ContentExample_HasSpecShape()
    {
        var result = await CliTester.RunAsync("validate", "--repo", ValidateTestRepository.ContentExample, "--output", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(["valid", "diagnostics", "changes", "summary"], root.EnumerateObject().Select(p => p.Name));
        Assert.True(root.GetProperty("valid").GetBoolean());
        Assert.Equal(0, root.GetProperty("diagnostics").GetArrayLength());
        Assert.Equal(0, root.GetProperty("changes").GetArrayLength());
        var summary = root.GetProperty("summary");
        Assert.Equal(0, summary.GetProperty("errors").GetInt32());
        Assert.True(summary.GetProperty("templates").GetInt32() >= 6);
        Assert.Equal(3, summary.GetProperty("themes").GetInt32());
        Assert.Equal(3, summary.GetProperty("widgets").GetInt32());
    }

    [Fact]
    public void Json_Diagnostics_WrittenWithSpecFieldNames()
    {
        using var output = new StringWriter();

        JsonReportRenderer.Render(output, [Error, Warning]);

        using var json = JsonDocument.Parse(output.ToString());
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        var first = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal(["file", "line", "column", "severity", "code", "message"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("templates/a.yaml", 9, 51, "error", "TPL004"),
            (first.GetProperty("file").GetString(), first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32(), first.GetProperty("severity").GetString(), first.GetProperty("code").GetString()));
        Assert.Equal("warning", json.RootElement.GetProperty("diagnostics")[1].GetProperty("severity").GetString());
        Assert.Equal((1, 1), (json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32(), json.RootElement.GetProperty("summary").GetProperty("warnings").GetInt32()));
    }

    [Fact]
    public void Json_OnlyWarnings_IsValid()
    {
        using var output = new StringWriter();

        JsonReportRenderer.Render(output, [Warning]);

        Assert.True(JsonDocument.Parse(output.ToString()).RootElement.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public void Json_ChangesAndSummaryFromTheCaller_ArePassedThrough()
    {
        using var output = new StringWriter();
        var changes = new JsonArray(new JsonObject { ["kind"] = "template", ["id"] = "tmpl_a", ["action"] = "create" });

        JsonReportRenderer.Render(output, [], changes, new JsonObject { ["toCreate"] = 1, ["errors"] = 99 });

        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal("tmpl_a", json.RootElement.GetProperty("changes")[0].GetProperty("id").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("toCreate").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Sarif_Diagnostics_FollowSarif210ForCodeScanning()
    {
        using var output = new StringWriter();

        SarifRenderer.Render(output, [Error, Warning], "content/", "1.2.3");

        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal(SarifRenderer.SchemaUri, root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("reconciler", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(DiagnosticCatalog.Rules.Count, rules.Count);
        Assert.All(rules, r =>
        {
            Assert.False(string.IsNullOrEmpty(r.GetProperty("fullDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("help").GetProperty("text").GetString()));
        });
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        var first = results[0];
        Assert.Equal("TPL004", first.GetProperty("ruleId").GetString());
        Assert.Equal("TPL004", rules[first.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Equal("error", first.GetProperty("level").GetString());
        Assert.Equal("warning", results[1].GetProperty("level").GetString());
        Assert.Equal(Error.Message, first.GetProperty("message").GetProperty("text").GetString());
        var location = first.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("content/templates/a.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal((9, 51), (location.GetProperty("region").GetProperty("startLine").GetInt32(), location.GetProperty("region").GetProperty("startColumn").GetInt32()));
        Assert.Matches("^[0-9a-f]{32}$", first.GetProperty("partialFingerprints").GetProperty("reconcilerFingerprint/v1").GetString());
    }

    [Fact]
    public async Task Sarif_RepoInsideAGitRepository_UrisAreRelativeToTheGitRoot()
    {
        using var repo = new ValidateTestRepository()
            .Write(".git/HEAD", "ref: refs/heads/main\n")
            .Write("content/templates/tmpl_x.yaml", ValidateTestRepository.BrokenTemplate);

        var result = await CliTester.RunAsync("validate", "--repo", Path.Combine(repo.Root, "content"), "--output", "sarif");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var uri = json.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0]
            .GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();
        Assert.Equal("content/templates/tmpl_x.yaml", uri);
    }

    [Fact]
    public async Task Sarif_FileNameWithSpaceHashAndPercent_UriIsOneValidRelativeReferenceNamingTheFile()
    {
        using var repo = new ValidateTestRepository()
            .Write("templates/order #1 100%.yaml", ValidateTestRepository.BrokenTemplate);

        var result = await CliTester.RunAsync("validate", "--repo", repo.Root, "--output", "sarif");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var uri = json.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0]
            .GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        Assert.True(Uri.IsWellFormedUriString(uri, UriKind.Relative), uri);
        Assert.Equal("templates/order #1 100%.yaml", Uri.UnescapeDataString(uri));
        Assert.Equal("templates/order%20%231%20100%25.yaml", uri);
    }

    [Fact]
    public void Text_Summary_CountsErrorsWarningsAndFiles()
    {
        Assert.Equal("Valid: 3 files checked, no problems.", TextDiagnosticsRenderer.Summary([], 3));
        Assert.Equal("Invalid: 1 error, 1 warning in 1 of 1 file.", TextDiagnosticsRenderer.Summary([Error, Warning], 1));
        Assert.Equal("Valid: 1 warning in 1 of 2 files.", TextDiagnosticsRenderer.Summary([Warning], 2));
    }
}
