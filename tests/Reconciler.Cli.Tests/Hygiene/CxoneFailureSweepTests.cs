namespace Reconciler.Cli.Tests.Hygiene;

/// <summary>
/// Issue 9, secret hygiene on the unhappy paths of CXone, where error messages are built from
/// requests and answers: a wrong secret (401), a client without write scopes (403), an
/// unreachable, malformed or credential-carrying CXone URL. Each run fails (or succeeds) as it
/// should and leaks nothing. GitHub, webhook and content failures: <see cref="ReportingFailureSweepTests"/>.
/// </summary>
public sealed class CxoneFailureSweepTests
{
    private const string WrongSecret = "cxs+WRONG/secret=Hygiene&9";
    private const string UrlPassword = "CxUrlPassHYGIENE7k2";

    [Fact]
    public async Task WrongSecretAndMissingScope_RunsFailWithoutLeaking()
    {
        await using var world = await HygieneWorld.StartAsync();
        world.Secrets.Add("the wrong CXONE_CLIENT_SECRET", WrongSecret);
        var wrong = world.GitHubEnvironment();
        wrong["CXONE_CLIENT_SECRET"] = WrongSecret;
        var wrongPush = world.GitHubEnvironment(push: true);
        wrongPush["CXONE_CLIENT_SECRET"] = WrongSecret;
        var readOnly = world.GitHubEnvironment(push: true);
        readOnly["CXONE_CLIENT_ID"] = HygieneWorld.ReadOnlyClientId;

        var runs = new[]
        {
            await world.RunAsync(wrong, "plan"),
            await world.RunAsync(wrongPush, "apply", "--output", "json"),
            await world.RunAsync(wrong, "drift"),
            await world.RunAsync(wrong, "export", "--out", Path.Combine(world.Folder, "export")),
            await world.RunAsync(wrong, "perf", "w-100234", "--from", "2026-10-01", "--to", "2026-10-02", "--output", "json"),
            await world.RunAsync(readOnly, "apply"),
        };

        Assert.All(runs, r => Assert.True(r.ExitCode == 1, $"exit {r.ExitCode}: {r.Error}"));
        Assert.All(runs, r => Assert.DoesNotContain("   at ", r.Error, StringComparison.Ordinal));
        Assert.Contains("401", runs[0].Error, StringComparison.Ordinal);
        Assert.Contains("403", runs[^1].Output + runs[^1].Error, StringComparison.Ordinal);
        AssertNoLeak(world);
    }

    [Fact]
    public async Task UnreachableOrCredentialedCxoneUrl_RunsLeakNeitherSecretNorUrlPassword()
    {
        await using var world = await HygieneWorld.StartAsync();
        world.Secrets.Add("password in CXONE_BASE_URL", UrlPassword);
        var unreachable = world.GitHubEnvironment();
        unreachable["CXONE_BASE_URL"] = $"http://cxuser:{UrlPassword}@127.0.0.1:9/";
        var credentialed = world.Environment();
        credentialed["CXONE_BASE_URL"] = new UriBuilder(world.Emulator.BaseUrl) { UserName = "cxuser", Password = UrlPassword }.Uri.ToString();

        var malformed = world.Environment();
        malformed["CXONE_BASE_URL"] = $"htp://cxuser:{UrlPassword}@127.0.0.1:9/";
        var failed = new[]
        {
            await world.RunAsync(unreachable, "plan"),
            await world.RunAsync(malformed, "apply", "--no-github"),
        };
        var plan = await world.RunAsync(credentialed, "plan", "--output", "json");
        var perf = await world.RunAsync(credentialed, "perf", "w-100234", "--from", "2026-10-01", "--to", "2026-10-02", "--output", "json");
        var drift = await world.RunAsync(credentialed, "drift", "--output", "markdown");

        Assert.All(failed, r => Assert.True(r.ExitCode == 1, $"exit {r.ExitCode}: {r.Error}"));
        Assert.All(failed, r => Assert.DoesNotContain("   at ", r.Error, StringComparison.Ordinal));
        // The malformed URL is still named, so the user can fix it, but with its password redacted.
        Assert.Contains("htp://***@127.0.0.1:9/", failed[1].Error, StringComparison.Ordinal);
        Assert.True(plan.ExitCode == 0, plan.Error);
        Assert.True(perf.ExitCode == 0, perf.Error);
        Assert.True(drift.ExitCode == 0, drift.Error);
        AssertNoLeak(world);
    }

    private static void AssertNoLeak(HygieneWorld world)
    {
        var findings = world.Scan();
        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }
}
