using System.Text.Json;

namespace Reconciler.GitHub.Tests.Action;

/// <summary>The composite action's reconcile step, run in bash with a fake dotnet (see <see cref="ActionScript"/>).</summary>
public sealed class ActionYmlTests : IDisposable
{
    private const string PlanJson = """{"valid": true, "diagnostics": [], "changes": [{"kind": "template", "id": "t", "locale": "en-US", "action": "update", "fromVersion": "v1", "toVersion": "v2", "order": 1}], "summary": {}}""";
    private readonly ActionScript _action = new();

    public void Dispose() => _action.Dispose();

    [Fact]
    public async Task Plan_ChangesPresentExit2_SucceedsWithHasChangesTrueAndACleanJsonReport()
    {
        var (exit, stdout) = await _action.RunAsync("plan", PlanJson + "\n::error file=templates/t.yaml,line=3,title=TPL010::undeclared\n", cliExit: 2, baseRef: "abc123");

        Assert.Equal(0, exit);
        Assert.Equal("true", _action.Outputs["has-changes"]);
        var report = _action.Outputs["report-path"];
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Contains("::error file=templates/t.yaml,line=3,title=TPL010::undeclared", stdout, StringComparison.Ordinal);
        Assert.Equal(
            [_action.PublishedCli, "plan", "--repo", _action.Workspace + "/content", "--output", "json", "--detailed-exitcode", "--base", "abc123"],
            _action.DotnetArgs);
    }

    [Fact]
    public async Task Plan_NoChangesExit0_SucceedsWithHasChangesFalse()
    {
        var (exit, _) = await _action.RunAsync("plan", """{"valid": true, "diagnostics": [], "changes": []}""", cliExit: 0);

        Assert.Equal(0, exit);
        Assert.Equal("false", _action.Outputs["has-changes"]);
        Assert.DoesNotContain("--base", _action.DotnetArgs);
    }

    [Fact]
    public async Task Plan_InvalidContentExit1_FailsTheStepButStillWritesTheReport()
    {
        var (exit, _) = await _action.RunAsync("plan", """{"valid": false, "diagnostics": [{"severity": "error"}], "changes": []}""", cliExit: 1);

        Assert.Equal(1, exit);
        Assert.Equal("false", _action.Outputs["has-changes"]);
        Assert.True(File.Exists(_action.Outputs["report-path"]));
    }

    [Fact]
    public async Task Plan_WarningsWithFailOnWarnings_FailsAndSaysWhy()
    {
        var json = """{"valid": true, "diagnostics": [{"severity": "warning"}, {"severity": "warning"}], "changes": []}""";

        var (exit, stdout) = await _action.RunAsync("plan", json, cliExit: 0, failOnWarnings: "true");

        Assert.Equal(1, exit);
        Assert.Contains("::error title=Warnings present::2 validation warning(s)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_WarningsWithoutFailOnWarnings_Succeeds()
    {
        var (exit, _) = await _action.RunAsync("plan", """{"valid": true, "diagnostics": [{"severity": "warning"}], "changes": []}""", cliExit: 0);

        Assert.Equal(0, exit);
    }

    [Fact]
    public async Task Apply_ChangesApplied_HasChangesTrueAndNoPlanOnlyFlags()
    {
        var (exit, _) = await _action.RunAsync("apply", PlanJson, cliExit: 0, baseRef: "abc123");

        Assert.Equal(0, exit);
        Assert.Equal("true", _action.Outputs["has-changes"]);
        Assert.DoesNotContain("--detailed-exitcode", _action.DotnetArgs);
        Assert.DoesNotContain("--base", _action.DotnetArgs);
    }

    [Fact]
    public async Task Apply_Failure_FailsTheStep()
    {
        var (exit, _) = await _action.RunAsync("apply", PlanJson, cliExit: 1);

        Assert.Equal(1, exit);
    }

    [Theory]
    [InlineData("destroy")]
    [InlineData("plan; rm -rf /")]
    [InlineData("")]
    public async Task AnyOtherMode_FailsWithoutRunningTheReconciler(string mode)
    {
        var (exit, stdout) = await _action.RunAsync(mode, PlanJson, cliExit: 0);

        Assert.Equal(1, exit);
        Assert.Contains("::error title=Invalid input::mode must be 'plan' or 'apply'", stdout, StringComparison.Ordinal);
        Assert.Empty(_action.DotnetArgs);
    }

    [Fact]
    public async Task Run_Always_KeepsTheTokenOffTheCommandLine()
    {
        await _action.RunAsync("plan", PlanJson, cliExit: 2);

        Assert.DoesNotContain(_action.DotnetArgs, a => a.Contains("ghs_ACTION_SECRET", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sarif_FindingsMakeValidateExit1_StepSucceedsAndNamesTheFile()
    {
        var (exit, _) = await _action.RunAsync("plan", """{"version": "2.1.0", "runs": []}""", cliExit: 1, stepId: "sarif");

        Assert.Equal(0, exit);
        Assert.Equal("""{"version": "2.1.0", "runs": []}""", File.ReadAllText(_action.Outputs["sarif-path"]));
        Assert.Equal([_action.PublishedCli, "validate", "--repo", _action.Workspace + "/content", "--output", "sarif"], _action.DotnetArgs);
    }

    [Fact]
    public async Task Sarif_NothingWritten_SetsNoOutput()
    {
        var (exit, _) = await _action.RunAsync("plan", "", cliExit: 1, stepId: "sarif");

        Assert.Equal(0, exit);
        Assert.False(_action.Outputs.ContainsKey("sarif-path"));
    }
}
