namespace Reconciler.Cli.Tests.Hygiene;

/// <summary>
/// Issue 9, secret hygiene under injected faults: an apply against an emulator that answers a
/// fifth of its calls with 429/500/503 or a dropped connection and fails a third of its jobs —
/// retries, token refreshes, failure messages and "failed" webhooks all happen — leaks nothing.
/// </summary>
public sealed class EmulatorFaultSweepTests
{
    [Fact]
    public async Task ApplyUnderFaultsAndFailedJobs_LeaksNoSecretOrToken()
    {
        await using var world = await HygieneWorld.StartAsync(faultRate: 0.2, jobFailureRate: 0.3);

        var apply = await world.RunAsync(world.GitHubEnvironment(push: true), "apply", "--output", "json");
        var again = await world.RunAsync(world.GitHubEnvironment(push: true), "apply");

        Assert.True(apply.ExitCode == 1, $"exit {apply.ExitCode}: {apply.Error}");
        Assert.DoesNotContain("   at ", apply.Error + again.Error, StringComparison.Ordinal);
        Assert.True(world.Emulator.Statistics.FaultsInjected > 0);
        var findings = world.Scan();
        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }
}
