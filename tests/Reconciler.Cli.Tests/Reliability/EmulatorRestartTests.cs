using Reconciler.Cxone;
using Xunit.Abstractions;

namespace Reconciler.Cli.Tests.Reliability;

/// <summary>
/// The emulator, a real process with <c>--state</c>, SIGKILLed in the middle of an apply and
/// restarted on the same state file and port: the apply either rides it out or reports what failed
/// (no stack trace), and a rerun converges with nothing created twice or lost. About 25 s per kill
/// point, so the class is in the "Crash" category.
/// </summary>
[Trait("Category", "Crash")]
public sealed class EmulatorRestartTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "emu-restart-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    public static TheoryData<string> KillPoints() => ["during template submission", "while a theme activates", "while assignments are set"];

    [Theory]
    [MemberData(nameof(KillPoints))]
    public async Task Apply_EmulatorKilledAndRestartedMidApply_ReportsFailuresClearlyAndRerunConverges(string killPoint)
    {
        Directory.CreateDirectory(_folder);
        using var large = LargeContentRepository.Create(templates: 100, themes: 4, widgets: 6, concurrency: 8);
        await using var emulator = await EmulatorProcess.StartAsync(
            Path.Combine(_folder, "state.json"),
            "--job-latency-ms", "300",
            "--client", $"{ReliabilityTenant.ClientId}:{ReliabilityTenant.Secret}");
        var environment = ReliabilityTenant.Variables(emulator.BaseUrl);

        using var apply = CliProcess.Start(large.Repo.Root, environment, "apply", "--no-github", "--output", "json");
        await (killPoint switch
        {
            "during template submission" => emulator.WaitForRequestsAsync(RequestLogProbe.TemplateSubmitted, 60),
            "while a theme activates" => emulator.WaitForRequestsAsync(RequestLogProbe.ThemePublished, 1),
            _ => emulator.WaitForRequestsAsync(RequestLogProbe.AssignmentsPut, 1),
        });
        await emulator.KillAsync();
        var logBeforeKill = emulator.RequestLog;
        await Task.Delay(TimeSpan.FromSeconds(2));
        await emulator.RestartAsync();
        var exitCode = await apply.WaitForExitAsync(TimeSpan.FromMinutes(4));
        var report = ApplyReport.Parse(apply.Output);

        using var rerun = CliProcess.Start(large.Repo.Root, environment, "apply", "--no-github", "--output", "json");
        var rerunExit = await rerun.WaitForExitAsync(TimeSpan.FromMinutes(4));
        var plan = await CliTester.RunAsync(environment, large.Repo.Root, "plan", "--detailed-exitcode");
        using var client = CxoneClientFactory.Create(new CxoneConnection(emulator.BaseUrl, ReliabilityTenant.ClientId, ReliabilityTenant.Secret));
        var audit = await LiveAudit.RunAsync(client, large.Content);
        var leaks = OutputLeaks.Count(apply.Output + apply.Error + rerun.Output + rerun.Error + plan.Output + plan.Error + logBeforeKill + emulator.RequestLog, ReliabilityTenant.Secret);
        new ReliabilityFigures(
            $"emulator SIGKILLed {killPoint} and restarted ({large.Content.TemplateVersions} template versions), then rerun",
            1,
            report.Applied + ApplyReport.Parse(rerun.Output).Applied,
            2,
            audit.Duplicates,
            audit.Missing,
            leaks).Print(output, $"first apply exit {exitCode}: {report.Applied} applied, {report.Failed.Count} failed or not attempted; rerun exit {rerunExit}; {audit}\nfirst apply's stderr (tail):\n{CliProcess.Tail(apply.Error, 4)}");

        Assert.True(exitCode is 0 or 1, CliProcess.Tail(apply.Error));
        Assert.Equal(large.Content.ApplicableChanges, report.Items.Count);
        if (exitCode == 0)
        {
            Assert.Empty(report.Failed);
        }
        else
        {
            // A clear outcome: failed items are named, or the one-line error (e.g. verification) says why.
            Assert.True(report.Failed.Count > 0 || apply.Error.Contains("error: ", StringComparison.Ordinal), $"exit 1 without a reason:\n{CliProcess.Tail(apply.Error)}");
        }

        Assert.All(report.Failed, f => Assert.False(string.IsNullOrWhiteSpace(f.Message), $"{f.Subject} failed without a reason"));
        Assert.All(report.Failed, f => Assert.Contains(f.Subject, apply.Error, StringComparison.Ordinal));
        Assert.True(rerunExit == 0, CliProcess.Tail(rerun.Output + rerun.Error));
        Assert.True(plan.ExitCode == 0, plan.Output + plan.Error);
        Assert.True(audit.Exact, audit.ToString());
        Assert.Equal(0, leaks);
    }
}
