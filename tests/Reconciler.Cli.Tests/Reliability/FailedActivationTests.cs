using Cxone.Emulator;
using Reconciler.Cxone;
using Reconciler.Cxone.Themes;

namespace Reconciler.Cli.Tests.Reliability;

/// <summary>
/// A theme whose activation FAILED in CXone (a failed job, not bad content) is reported, and the
/// next apply publishes the same versionTag again instead of treating the dead theme as live.
/// </summary>
public sealed class FailedActivationTests : IDisposable
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), "failed-activation-" + Guid.NewGuid().ToString("N"), "state.json");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_state)!, recursive: true);

    [Fact]
    public async Task Apply_ThemeActivationFailed_ReportsItAndRerunPublishesTheTagAgain()
    {
        using var large = LargeContentRepository.Create(templates: 0, themes: 2, widgets: 3, concurrency: 4);

        // Every job fails in the first emulator; the second one, on the same state, fails none.
        var first = await ApplyAsync(large, jobFailureRate: 1);
        var second = await ApplyAsync(large, jobFailureRate: 0);

        Assert.Equal(1, first.Result.ExitCode);
        Assert.All(large.Content.Themes, t => Assert.Contains(ApplyReport.Parse(first.Result.Output).Failed, f => f.Subject == $"theme.{t.Key}"));
        Assert.True(second.Result.ExitCode == 0, second.Result.Output + second.Result.Error);
        Assert.True(second.Audit.Exact, second.Audit.ToString());
        Assert.Equal(2, second.FailedLeftovers);
    }

    private async Task<(CliResult Result, LiveAuditResult Audit, int FailedLeftovers)> ApplyAsync(LargeContentRepository large, double jobFailureRate)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_state)!);
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            StatePath = _state,
            JobFailureRate = jobFailureRate,
            JobLatency = TimeSpan.FromMilliseconds(50),
            RequestLog = TextWriter.Null,
        });
        var environment = new Dictionary<string, string>
        {
            ["CXONE_BASE_URL"] = emulator.BaseUrl.ToString(),
            ["CXONE_CLIENT_ID"] = EmulatorDefaults.ClientId,
            ["CXONE_CLIENT_SECRET"] = EmulatorDefaults.ClientSecret,
        };
        var result = await CliTester.RunAsync(environment, large.Repo.Root, "apply", "--output", "json");
        using var client = CxoneClientFactory.Create(new CxoneConnection(emulator.BaseUrl, EmulatorDefaults.ClientId, EmulatorDefaults.ClientSecret));
        var audit = await LiveAudit.RunAsync(client, large.Content);
        var failed = 0;
        foreach (var widget in large.Content.Widgets)
        {
            await foreach (var theme in client.ListWidgetThemesAsync(widget.WidgetId))
            {
                failed += theme.State == ThemeState.Failed ? 1 : 0;
            }
        }

        return (result, audit, failed);
    }
}
