using Xunit.Abstractions;

namespace Reconciler.Cli.Tests.Reliability;

/// <summary>
/// The real <c>reconciler apply</c> process SIGKILLed at five points of one long apply — early and
/// late in template submission, while a theme activates, while assignments are set, during batch
/// sync — each kill followed by a rerun that resumes; the last run converges with every version
/// present exactly once.
/// </summary>
public sealed class ApplyCrashTests(ITestOutputHelper output)
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Apply_SigkilledAtFivePoints_EveryRerunResumesAndTheLastConvergesWithoutDuplicates()
    {
        using var large = LargeContentRepository.Create(templates: 150, themes: 4, widgets: 6, concurrency: 8);
        await using var tenant = await ReliabilityTenant.StartAsync(large, jobLatency: TimeSpan.FromMilliseconds(300));
        (string Name, Func<string, bool> Line, int Count)[] killPoints =
        [
            ("early in template submission", RequestLogProbe.TemplateSubmitted, 20),
            ("late in template submission", RequestLogProbe.TemplateSubmitted, 300),
            ("while a theme activates", RequestLogProbe.ThemePublished, 1),
            ("while assignments are set", RequestLogProbe.AssignmentsPut, 1),
            ("during batch sync", RequestLogProbe.BatchSynced, 1),
        ];

        var applied = 0;
        var details = new List<string>();
        foreach (var (name, line, count) in killPoints)
        {
            var mark = tenant.Log.Mark();
            using var apply = tenant.StartApply();
            var reached = tenant.Log.WaitForAsync(line, count, mark);
            var exited = apply.WaitForExitAsync(RunLimit);
            await Task.WhenAny(reached, exited);
            if (!reached.IsCompleted)
            {
                Assert.Fail($"apply ended (exit {await exited}) before the kill point '{name}':\n{CliProcess.Tail(apply.Error)}");
            }

            await apply.KillAsync();

            applied += apply.CountErrorLines(l => l.Contains("] applied ", StringComparison.Ordinal));
            var partial = await tenant.AuditAsync();
            details.Add($"killed {name}: {partial.Present} present, {partial.Missing} missing, {partial.Duplicates} duplicates");
            Assert.True(partial.Duplicates == 0, partial.ToString());
        }

        using var rerun = tenant.StartApply();
        var exitCode = await rerun.WaitForExitAsync(RunLimit);
        applied += rerun.CountErrorLines(l => l.Contains("] applied ", StringComparison.Ordinal));
        var plan = await tenant.RunAsync("plan", "--detailed-exitcode");
        var audit = await tenant.AuditAsync();
        new ReliabilityFigures(
            $"crash: apply SIGKILLed {killPoints.Length}× ({large.Content.TemplateVersions} template versions, job latency 300 ms)",
            killPoints.Length,
            applied,
            killPoints.Length + 1,
            audit.Duplicates,
            audit.Missing,
            OutputLeaks.Count(rerun.Output + rerun.Error + plan.Output + plan.Error, ReliabilityTenant.Secret)).Print(output, string.Join('\n', details) + $"\nfinal: {audit}");

        Assert.True(exitCode == 0, CliProcess.Tail(rerun.Output + rerun.Error));
        Assert.True(plan.ExitCode == 0, plan.Output + plan.Error);
        Assert.True(audit.Exact, audit.ToString());
        Assert.Equal(0, OutputLeaks.Count(rerun.Output + rerun.Error, ReliabilityTenant.Secret));
    }
}
