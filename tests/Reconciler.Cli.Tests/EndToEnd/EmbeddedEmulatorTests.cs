using System.Text.Json;
using Reconciler.TestSupport;

namespace Reconciler.Cli.Tests.EndToEnd;

/// <summary>With no CXONE_* variables the CLI targets the embedded emulator, whose state survives between runs.</summary>
public sealed class EmbeddedEmulatorTests
{
    [Fact]
    public async Task NoTargetVariables_PlanApplyPlan_ConvergesAcrossSeparateRuns()
    {
        using var repo = new TempGitRepository();
        repo.CopyFrom(RepositoryFiles.ContentExample);
        repo.Commit("content");
        var none = new Dictionary<string, string>();

        var first = await CliTester.RunAsync(none, repo.Root, "plan", "--detailed-exitcode");
        var apply = await CliTester.RunAsync(none, repo.Root, "apply");
        var second = await CliTester.RunAsync(none, repo.Root, "plan", "--detailed-exitcode");

        Assert.Equal(2, first.ExitCode);
        Assert.Contains("Using the embedded CXone emulator", first.Error, StringComparison.Ordinal);
        Assert.Equal(0, apply.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("No changes.", second.Output, StringComparison.Ordinal);
        Assert.True(Directory.EnumerateFiles(Path.Combine(repo.Root, ".reconciler")).Any());
    }

    [Fact]
    public async Task PartialTargetVariables_FailWithOneLineNamingTheMissingOnes()
    {
        using var repo = new TempGitRepository();
        repo.CopyFrom(RepositoryFiles.ContentExample);
        var partial = new Dictionary<string, string> { ["CXONE_BASE_URL"] = "http://127.0.0.1:9", ["CXONE_CLIENT_SECRET"] = "s3cr3t-value" };

        var result = await CliTester.RunAsync(partial, repo.Root, "plan");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("CXONE_CLIENT_ID", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-value", result.Error + result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForkPullRequestWithoutSecret_PlanValidatesAndPlansAgainstNoLiveState()
    {
        using var repo = new TempGitRepository();
        repo.CopyFrom(RepositoryFiles.ContentExample);
        var fork = new Dictionary<string, string>
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_EVENT_NAME"] = "pull_request",
            ["CXONE_BASE_URL"] = "http://127.0.0.1:9",
        };

        var plan = await CliTester.RunAsync(fork, repo.Root, "plan", "--no-github", "--detailed-exitcode");
        var apply = await CliTester.RunAsync(fork, repo.Root, "apply", "--no-github");

        Assert.Equal(2, plan.ExitCode);
        Assert.Contains("no live state", plan.Output, StringComparison.Ordinal);
        Assert.Contains("withholds secrets from forks", plan.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, ".reconciler")));
        Assert.Equal(1, apply.ExitCode);
        Assert.Contains("CXONE_CLIENT_SECRET", apply.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableTarget_FailsWithClearErrorAndNoStackTrace()
    {
        using var repo = new TempGitRepository();
        repo.CopyFrom(RepositoryFiles.ContentExample);
        var unreachable = new Dictionary<string, string>
        {
            ["CXONE_BASE_URL"] = "http://127.0.0.1:9",
            ["CXONE_CLIENT_ID"] = "id",
            ["CXONE_CLIENT_SECRET"] = "s3cr3t-value",
        };

        var result = await CliTester.RunAsync(unreachable, repo.Root, "plan");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-value", result.Error + result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanJson_HasSpecFieldsForEveryChange()
    {
        await using var tenant = await TenantScope.StartAsync();

        var result = await tenant.RunAsync("plan", "--output", "json");

        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        Assert.True(root.GetProperty("valid").GetBoolean());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("diagnostics").ValueKind);
        Assert.True(root.GetProperty("summary").GetProperty("hasChanges").GetBoolean());
        foreach (var change in root.GetProperty("changes").EnumerateArray())
        {
            foreach (var field in new[] { "kind", "id", "locale", "action", "fromVersion", "toVersion", "order" })
            {
                Assert.True(change.TryGetProperty(field, out _), $"missing {field}");
            }

            Assert.Contains(change.GetProperty("kind").GetString(), new[] { "template", "theme", "assignment", "batchSync" });
        }
    }
}
