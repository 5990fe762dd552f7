using Xunit.Abstractions;

namespace Reconciler.Cli.Tests.Reliability;

/// <summary>
/// Two real <c>reconciler apply</c> processes started at once on the same tenant (what a missing
/// workflow <c>concurrency:</c> group would allow): both end with a clear outcome, every version
/// is created by exactly one of them, and nothing exists twice.
/// </summary>
public sealed class ConcurrentApplyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Apply_TwoProcessesAtOnce_BothEndClearlyAndEachVersionIsCreatedOnce()
    {
        using var large = LargeContentRepository.Create(templates: 100, themes: 4, widgets: 6, concurrency: 8);
        await using var tenant = await ReliabilityTenant.StartAsync(large, jobLatency: TimeSpan.FromMilliseconds(200));

        using var first = tenant.StartApply("--output", "json");
        using var second = tenant.StartApply("--output", "json");
        var exitCodes = await Task.WhenAll(first.WaitForExitAsync(TimeSpan.FromMinutes(4)), second.WaitForExitAsync(TimeSpan.FromMinutes(4)));
        var reports = new[] { first, second }.Select(p => ApplyReport.Parse(p.Output)).ToList();
        var plan = await tenant.RunAsync("plan", "--detailed-exitcode");
        var audit = await tenant.AuditAsync();

        // A template version or theme created by both processes would be a duplicate, whatever CXone shows.
        var createdTwice = reports.SelectMany(r => r.Items)
            .Where(i => i.Kind is "template" or "theme" && i.Status == "applied")
            .GroupBy(i => i.Subject)
            .Count(g => g.Count() > 1);
        new ReliabilityFigures(
            $"concurrent: 2 apply processes at once ({large.Content.ApplicableChanges} changes)",
            0,
            reports.Sum(r => r.Applied),
            2,
            audit.Duplicates + createdTwice,
            audit.Missing,
            OutputLeaks.Count(first.Output + first.Error + second.Output + second.Error, ReliabilityTenant.Secret)).Print(output,
            $"exit codes {exitCodes[0]}, {exitCodes[1]}; applied {reports[0].Applied} + {reports[1].Applied}; failed {reports[0].Failed.Count} + {reports[1].Failed.Count}; {audit}");

        for (var i = 0; i < 2; i++)
        {
            var process = i == 0 ? first : second;
            Assert.True(exitCodes[i] is 0 or 1, $"apply {i + 1} exited {exitCodes[i]}:\n{CliProcess.Tail(process.Error)}");
            // Each reports every change of its own plan; the later one may plan after the other has made progress.
            Assert.Equal(reports[i].PlannedApplicable, reports[i].Items.Count);
            Assert.InRange(reports[i].Items.Count, 1, large.Content.ApplicableChanges);
            Assert.Equal(exitCodes[i] == 0, reports[i].Failed.Count == 0);
            Assert.All(reports[i].Failed, f => Assert.Contains(f.Subject, process.Error, StringComparison.Ordinal));
            Assert.Equal(0, OutputLeaks.Count(process.Output + process.Error, ReliabilityTenant.Secret));
        }

        Assert.Equal(0, createdTwice);
        Assert.True(plan.ExitCode == 0, plan.Output + plan.Error);
        Assert.True(audit.Exact, audit.ToString());
    }
}
