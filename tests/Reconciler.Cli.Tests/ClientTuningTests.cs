using Cxone.Emulator;
using Reconciler.Cli.Tests.EndToEnd;
using Reconciler.TestSupport;
using Xunit.Abstractions;

namespace Reconciler.Cli.Tests;

/// <summary>CXONE_REQUESTS_PER_SECOND through the real CLI against the emulator.</summary>
public sealed class ClientTuningTests(ITestOutputHelper output)
{
    private const string Variable = "CXONE_REQUESTS_PER_SECOND";

    [Theory]
    [InlineData("plan", "abc")]
    [InlineData("plan", "0")]
    [InlineData("plan", "-5")]
    [InlineData("plan", "NaN")]
    [InlineData("plan", "Infinity")]
    [InlineData("apply", "abc")]
    [InlineData("drift", "-5")]
    public async Task Command_RequestsPerSecondNotAPositiveNumber_ExitsOneWithOneLineNamingTheVariable(string command, string value)
    {
        await using var tenant = await TenantScope.StartAsync();
        tenant.Environment[Variable] = value;

        var result = await tenant.RunAsync(command);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(Variable, line, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Reconciler", result.Error + result.Output, StringComparison.Ordinal);
        Assert.Equal(0, tenant.Emulator.Statistics.TotalRequests); // refused before any call to CXone
    }

    [Fact]
    public async Task Plan_EmbeddedEmulatorAndRequestsPerSecondNotANumber_StillAConfigurationError()
    {
        // Without CXONE_BASE_URL the CLI plans against its embedded emulator; a typo in the variable
        // must not pass silently there and surface only once CI points the CLI at a real tenant.
        using var repo = new TempGitRepository();
        repo.CopyFrom(RepositoryFiles.ContentExample);
        repo.Commit("example content");

        var result = await CliTester.RunAsync(new Dictionary<string, string> { [Variable] = "abc" }, repo.Root, "plan");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains(Variable, line, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(repo.Root, ".reconciler", "emulator-state.json")), "no emulator should have been started");
    }

    [Theory]
    [InlineData("50")]
    [InlineData("2.5")]
    public async Task Plan_RequestsPerSecondValid_PlansAsUsual(string value)
    {
        await using var tenant = await TenantScope.StartAsync();
        tenant.Environment[Variable] = value;

        var result = await tenant.RunAsync("plan", "--detailed-exitcode");

        Assert.True(result.ExitCode == 2, result.Error);
        Assert.Contains("to create", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error.Trim());
    }

    [Fact]
    public async Task Apply_PacedUnderTheTenantLimit_NoRequestIsRateLimited()
    {
        // A tenant allowing 5 requests a second (burst 5); the client paced at 4 never meets a 429.
        var (apply, served, rateLimited) = await ApplyAgainstLimitedTenantAsync("4");

        Assert.True(apply.ExitCode == 0, apply.Output + apply.Error);
        Assert.True(served > 16, $"only {served} requests: too few to exceed the burst, the test proves nothing");
        Assert.Equal(0, rateLimited);
        output.WriteLine($"paced at 4/s under a limit of 5/s: {served} requests, {rateLimited} rate-limited");
    }

    [Fact]
    public async Task Apply_UnpacedAgainstTheSameTenant_MeetsTheLimit()
    {
        // The control for the test above: the same apply without pacing does run into the limit.
        var (apply, served, rateLimited) = await ApplyAgainstLimitedTenantAsync(null);

        Assert.True(apply.ExitCode == 0, apply.Output + apply.Error);
        Assert.True(rateLimited > 0, $"{served} requests and none rate-limited: the tenant limit is too loose to show pacing");
        output.WriteLine($"unpaced under a limit of 5/s: {served} requests, {rateLimited} rate-limited");
    }

    private static async Task<(CliResult Apply, long Served, long RateLimited)> ApplyAgainstLimitedTenantAsync(string? requestsPerSecond)
    {
        using var repo = new TempGitRepository();
        repo.CopyFrom(RepositoryFiles.ContentExample);
        repo.Commit("example content");
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            JobLatency = TimeSpan.FromMilliseconds(20),
            RateLimitPerSecond = 5,
            RequestLog = TextWriter.Null,
        });
        var environment = new Dictionary<string, string>
        {
            ["CXONE_BASE_URL"] = emulator.BaseUrl.ToString(),
            ["CXONE_CLIENT_ID"] = EmulatorDefaults.ClientId,
            ["CXONE_CLIENT_SECRET"] = EmulatorDefaults.ClientSecret,
        };
        if (requestsPerSecond is not null)
        {
            environment[Variable] = requestsPerSecond;
        }

        var apply = await CliTester.RunAsync(environment, repo.Root, "apply");
        return (apply, emulator.Statistics.TotalRequests, emulator.Statistics.RateLimited);
    }
}
