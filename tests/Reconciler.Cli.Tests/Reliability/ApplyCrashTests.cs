using Xunit.Abstractions;

namespace Reconciler.Cli.Tests.Reliability;

/// <summary>
/// The real <c>reconciler apply</c> process SIGKILLed at one point of a long apply (300 template
/// versions, paced at 60 requests/s so each stage lasts long enough to be hit), then rerun: the
/// rerun converges with every version present exactly once. About 20 s per kill point, so the
/// class is in the "Crash" category (run by .ci/run; skip locally with <c>--filter Category!=Crash</c>).
/// </summary>
[Trait("Category", "Crash")]
public sealed class ApplyCrashTests(ITestOutputHelper output)
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(4);

    public static TheoryData<string> KillPoints() =>
    [
        "early in template submission",
        "late in template submission",
        "while a theme activates",
        "while template jobs are confirmed",
        "while assignments are set",
        "during batch sync",
    ];

    [Theory]
    [MemberData(nameof(KillPoints))]
    public async Task Apply_SigkilledPartWay_RerunConvergesWithEveryVersionExactlyOnce(string killPoint)
    {
        using var large = LargeContentRepository.Create(templates: 100, themes: 4, widgets: 6, concurrency: 8);
        await using var tenant = await ReliabilityTenant.StartAsync(large, jobLatency: TimeSpan.FromMilliseconds(300), requestsPerSecond: 60);
        var reached = tenant.Log.WaitForAsync(Stages(killPoint, large.Content.TemplateVersions));

        using var apply = tenant.StartApply();
        var exited = apply.WaitForExitAsync(RunLimit);
        await Task.WhenAny(reached, exited);
        if (!reached.IsCompleted)
        {
            Assert.Fail($"apply ended (exit {await exited}) before the kill point '{killPoint}':\n{CliProcess.Tail(apply.Error)}");
        }

        await apply.KillAsync();
        var partial = await tenant.AuditAsync();

        using var rerun = tenant.StartApply();
        var exitCode = await rerun.WaitForExitAsync(RunLimit);
        var plan = await tenant.RunAsync("plan", "--detailed-exitcode");
        var audit = await tenant.AuditAsync();
        var leaks = OutputLeaks.Count(apply.Error + rerun.Output + rerun.Error + plan.Output + plan.Error, ReliabilityTenant.Secret);
        // Items applied: the first plan's changes now in CXone. Progress lines undercount them: a
        // killed run confirms its template jobs only at the end of the wave, and prints nothing after the kill.
        var reported = apply.CountErrorLines(IsApplied) + rerun.CountErrorLines(IsApplied);
        new ReliabilityFigures(
            $"apply SIGKILLed {killPoint} ({large.Content.TemplateVersions} template versions), then rerun",
            1,
            large.Content.ApplicableChanges - audit.Missing,
            2,
            audit.Duplicates,
            audit.Missing,
            leaks).Print(output, $"progress lines 'applied': {reported}; rerun found {rerun.CountErrorLines(l => l.Contains("] already present ", StringComparison.Ordinal))} already present; at the kill: {partial.Present} present, {partial.Missing} missing, {partial.Duplicates} duplicates; final: {audit}");

        Assert.Equal(0, partial.Duplicates);
        Assert.True(exitCode == 0, CliProcess.Tail(rerun.Output + rerun.Error));
        Assert.True(plan.ExitCode == 0, plan.Output + plan.Error);
        Assert.True(audit.Exact, audit.ToString());
        Assert.Equal(0, leaks);
    }

    private static bool IsApplied(string progressLine) => progressLine.Contains("] applied ", StringComparison.Ordinal);

    private static (Func<string, bool>, int)[] Stages(string killPoint, int templateVersions) => killPoint switch
    {
        "early in template submission" => [(RequestLogProbe.TemplateSubmitted, 20)],
        "late in template submission" => [(RequestLogProbe.TemplateSubmitted, templateVersions - 15)],
        "while a theme activates" => [(RequestLogProbe.ThemePublished, 1)],

        // Confirmation walks the template list after the wave's submissions and theme activations.
        "while template jobs are confirmed" => [(RequestLogProbe.ThemePublished, 1), (RequestLogProbe.TemplateListRead, 1)],
        "while assignments are set" => [(RequestLogProbe.AssignmentsPut, 1)],
        "during batch sync" => [(RequestLogProbe.BatchSynced, 1)],
        _ => throw new ArgumentOutOfRangeException(nameof(killPoint), killPoint, null),
    };
}
