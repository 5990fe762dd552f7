using System.Text.RegularExpressions;
using Reconciler.Cxone;
using Reconciler.Cxone.Jobs;
using Reconciler.Engine.Apply;
using Reconciler.Engine.Apply.Operations;
using Reconciler.Engine.Git;
using Reconciler.Engine.Planning;
using Reconciler.Engine.Tests.Live;
using Xunit.Abstractions;

namespace Reconciler.Engine.Tests.Apply;

/// <summary>
/// Applying many template versions against the emulator: versions are submitted first and their jobs
/// confirmed together, so failed jobs are reported by name and polls stay far fewer than versions.
/// </summary>
public sealed partial class ApplierTemplateConfirmationTests(ITestOutputHelper output)
{
    private const string ListRoute = "GET /api/v1/interactions/digital/templates";
    private const string JobRoute = "GET /api/v1/jobs/{jobId}";
    private const string SubmitRoute = "POST /api/v1/interactions/digital/templates";
    private const int Versions = 60;

    /// <summary>The confirmation walk starts well after the emulator's 20 ms jobs have ended.</summary>
    private static CxoneClientOptions Options => EmulatorTenant.Options with
    {
        PageSize = 20,
        JobPollInitialInterval = TimeSpan.FromMilliseconds(300),
        JobPollMaxInterval = TimeSpan.FromMilliseconds(300),
    };

    [Fact]
    public async Task ApplyAsync_ManyVersionsSomeJobsFail_FailedNamedByJobOthersAppliedWithFewPolls()
    {
        await using var emu = await EmulatorTenant.StartAsync(jobFailureRate: 0.2, seed: 7);
        using var client = EmulatorTenant.Connect(emu, Options);
        var plan = PlanOf(Versions);

        var result = await new Applier(client, concurrency: 4).ApplyAsync(plan, CancellationToken.None);
        long polls = emu.Statistics.CountFor(JobRoute);
        long listPages = emu.Statistics.CountFor(ListRoute);

        Assert.Equal(Versions, result.Items.Count);
        Assert.Equal(Versions, emu.Statistics.CountFor(SubmitRoute));
        var failed = result.Items.Where(i => i.Status == ApplyStatus.Failed).ToList();
        var applied = result.Items.Where(i => i.Status == ApplyStatus.Applied).ToList();
        Assert.Equal(Versions, failed.Count + applied.Count);
        Assert.InRange(failed.Count, 1, Versions - 1);

        // Each failure names its job, and CXone agrees that job failed.
        foreach (var item in failed)
        {
            Assert.Contains("Simulated processing failure", item.Message, StringComparison.Ordinal);
            var jobId = JobIdPattern().Match(item.Message!).Value;
            Assert.False(string.IsNullOrEmpty(jobId), item.Message);
            var job = await client.GetJobAsync(jobId);
            Assert.Equal(JobState.Failed, job.Status);
            Assert.Equal((item.Change.Id, item.Change.Locale), (job.TemplateId, job.Locale));
        }

        // Each applied version exists; the failed ones do not.
        var live = await client.ListTemplatesAsync().Select(v => v.TemplateId).ToListAsync();
        Assert.Equal(applied.Select(i => i.Change.Id).Order(StringComparer.Ordinal), live.Order(StringComparer.Ordinal));
        Assert.All(applied, i => Assert.Matches(JobIdPattern(), i.Message!));

        // One walk of the list confirmed the created versions; only the failed jobs were polled.
        Assert.Equal(failed.Count, polls);
        Assert.Equal(Math.Max(1, (applied.Count + 19) / 20), listPages);
        Assert.True(polls + listPages < Versions / 3, $"{polls} polls and {listPages} list pages for {Versions} versions");
        output.WriteLine($"{Versions} versions: {applied.Count} applied, {failed.Count} failed; confirmed with {listPages} list pages and {polls} job polls");
    }

    [Fact]
    public async Task ApplyAsync_VersionAlreadyPresentWithSameContent_AlreadyAppliedWithoutAJob()
    {
        await using var emu = await EmulatorTenant.StartAsync();
        using var client = EmulatorTenant.Connect(emu, Options);
        var plan = PlanOf(3);
        var first = await new Applier(client, concurrency: 2).ApplyAsync(plan, CancellationToken.None);
        Assert.All(first.Items, i => Assert.Equal(ApplyStatus.Applied, i.Status));
        var readsBefore = emu.Statistics.CountFor(JobRoute) + emu.Statistics.CountFor(ListRoute);

        var again = await new Applier(client, concurrency: 2).ApplyAsync(plan, CancellationToken.None);

        // The 409 carries the live content hash, so nothing is left to confirm: no polls, no list walk.
        Assert.All(again.Items, i => Assert.Equal(ApplyStatus.AlreadyApplied, i.Status));
        Assert.Equal(readsBefore, emu.Statistics.CountFor(JobRoute) + emu.Statistics.CountFor(ListRoute));
    }

    private static Plan PlanOf(int count) => new()
    {
        Changes = [.. Enumerable.Range(0, count).Select(Change)],
        Diagnostics = [],
        Source = new SourceRevision("0123456789abcdef0123456789abcdef01234567", false, "test"),
        Target = "emulator",
    };

    private static PlannedChange Change(int i)
    {
        var id = $"tmpl_apply_{i:000}";
        return new PlannedChange
        {
            Kind = ChangeKind.Template,
            Id = id,
            Locale = "en-US",
            Action = ChangeAction.Create,
            ToVersion = "v1.0",
            Order = 0,
            Operation = new CreateTemplateVersion(EmulatorTenant.Template(id, "en-US", "v1.0", $"sha256:{i:000}")),
        };
    }

    [GeneratedRegex("job-[0-9a-f]{32}")]
    private static partial Regex JobIdPattern();
}
