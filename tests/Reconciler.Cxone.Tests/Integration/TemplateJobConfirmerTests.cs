using System.Net;
using Cxone.Emulator;
using Reconciler.Cxone.Jobs;
using Reconciler.Cxone.Templates;
using Reconciler.Cxone.Tests.Fakes;
using Xunit.Abstractions;

namespace Reconciler.Cxone.Tests.Integration;

/// <summary>
/// Submitting template versions without waiting, then confirming their jobs together: one walk of
/// the template list when there are more jobs than pages, polls only for what the walk did not find.
/// Costs are request counts the emulator served, never time.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class TemplateJobConfirmerTests(ITestOutputHelper output)
{
    private const string ListRoute = "GET /api/v1/interactions/digital/templates";
    private const string JobRoute = "GET /api/v1/jobs/{jobId}";
    private const string FailureMessage = "Simulated processing failure";

    /// <summary>The first look waits well past the emulator's 40 ms job latency, so every job has ended by then.</summary>
    private static CxoneClientOptions Options(int pageSize) => EmulatorHarness.Options with
    {
        PageSize = pageSize,
        JobPollInitialInterval = TimeSpan.FromMilliseconds(300),
        JobPollMaxInterval = TimeSpan.FromMilliseconds(300),
    };

    [Fact]
    public async Task ConfirmTemplateJobs_MoreJobsThanPages_OneWalkOfTheListAndNoPolls()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync();
        using ICxoneClient client = EmulatorHarness.Connect(emu, Options(pageSize: 10));
        List<PendingTemplateJob> jobs = await SubmitAsync(client, 30);

        List<TemplateJobResult> results = await client.ConfirmTemplateJobsAsync(jobs, listedVersions: 30).ToListAsync();

        Assert.Equal(jobs.Select(j => j.JobId).Order(StringComparer.Ordinal), results.Select(r => r.Job.JobId).Order(StringComparer.Ordinal));
        Assert.All(results, r => Assert.Equal(new TemplateVersionOutcome.Created(r.Job.JobId), r.Outcome));
        Assert.Equal(3, emu.Statistics.CountFor(ListRoute));
        Assert.Equal(0, emu.Statistics.CountFor(JobRoute));
        output.WriteLine($"30 jobs confirmed with {emu.Statistics.CountFor(ListRoute)} list pages and {emu.Statistics.CountFor(JobRoute)} polls");
    }

    [Fact]
    public async Task ConfirmTemplateJobs_SomeJobsFail_FailedOnesPolledOnceAndReportedWithCxoneMessage()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync(jobFailureRate: 0.3);
        using ICxoneClient client = EmulatorHarness.Connect(emu, Options(pageSize: 10));
        List<PendingTemplateJob> jobs = await SubmitAsync(client, 40);

        List<TemplateJobResult> results = await client.ConfirmTemplateJobsAsync(jobs, listedVersions: 40).ToListAsync();
        long listRequests = emu.Statistics.CountFor(ListRoute);
        long polls = emu.Statistics.CountFor(JobRoute);

        var failed = results.Where(r => r.Outcome is TemplateVersionOutcome.Failed).ToList();
        var created = results.Where(r => r.Outcome is TemplateVersionOutcome.Created).ToList();
        Assert.Equal(40, results.Count);
        Assert.Equal(40, failed.Count + created.Count);
        Assert.InRange(failed.Count, 1, 39);
        Assert.All(failed, r =>
        {
            var outcome = (TemplateVersionOutcome.Failed)r.Outcome!;
            Assert.Equal(r.Job.JobId, outcome.JobId);
            Assert.Contains(FailureMessage, outcome.ErrorMessage, StringComparison.Ordinal);
        });

        // The walk finds exactly the versions that exist; only the failed jobs are polled, once each.
        var live = (await client.ListTemplatesAsync().ToListAsync()).Select(v => v.TemplateId).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(created.Select(r => r.Job.Payload.TemplateId).Order(StringComparer.Ordinal), live.Order(StringComparer.Ordinal));
        Assert.Equal(Pages(created.Count, 10), listRequests);
        Assert.Equal(failed.Count, polls);
        output.WriteLine($"40 jobs, {failed.Count} failed: {listRequests} list pages + {polls} polls");
    }

    [Fact]
    public async Task ConfirmTemplateJobs_JobsSlowerThanThePolls_ListedAgainInsteadOfPolledOneByOne()
    {
        // Jobs take longer than several poll intervals: a first walk finds nothing, one probe poll
        // says they are still running, so later rounds walk the list again (pages) rather than
        // polling each job (one request each).
        await using EmulatorServer emu = await EmulatorHarness.StartAsync(jobLatencyMs: 1500);
        using ICxoneClient client = EmulatorHarness.Connect(emu, EmulatorHarness.Options with
        {
            PageSize = 10,
            JobPollInitialInterval = TimeSpan.FromMilliseconds(100),
            JobPollMaxInterval = TimeSpan.FromMilliseconds(400),
        });
        List<PendingTemplateJob> jobs = await SubmitAsync(client, 40);

        List<TemplateJobResult> results = await client.ConfirmTemplateJobsAsync(jobs, listedVersions: 40).ToListAsync();
        long listRequests = emu.Statistics.CountFor(ListRoute);
        long polls = emu.Statistics.CountFor(JobRoute);

        Assert.Equal(40, results.Count);
        Assert.All(results, r => Assert.Equal(new TemplateVersionOutcome.Created(r.Job.JobId), r.Outcome));
        Assert.True(polls < 20, $"{polls} polls for 40 slow jobs: they should be confirmed by walks of the list, not one by one");
        output.WriteLine($"40 jobs of 1.5 s: {listRequests} list pages + {polls} polls");
    }

    [Fact]
    public async Task ConfirmTemplateJobs_EveryJobFails_AllFailedWithCxoneMessageAndNoException()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync(jobFailureRate: 1.0);
        using ICxoneClient client = EmulatorHarness.Connect(emu, Options(pageSize: 10));
        List<PendingTemplateJob> jobs = await SubmitAsync(client, 20);

        List<TemplateJobResult> results = await client.ConfirmTemplateJobsAsync(jobs, listedVersions: 20).ToListAsync();

        Assert.Equal(20, results.Count);
        Assert.All(results, r =>
        {
            Assert.Null(r.Error);
            var failed = Assert.IsType<TemplateVersionOutcome.Failed>(r.Outcome);
            Assert.Equal(r.Job.JobId, failed.JobId);
            Assert.StartsWith(FailureMessage, failed.ErrorMessage, StringComparison.Ordinal);
        });
        Assert.Equal(1, emu.Statistics.CountFor(ListRoute)); // one (empty) page: nothing was created
        Assert.Equal(20, emu.Statistics.CountFor(JobRoute));
    }

    [Fact]
    public async Task ConfirmTemplateJobs_FewerJobsThanPages_PolledWithoutWalkingTheList()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync();
        using ICxoneClient client = EmulatorHarness.Connect(emu, Options(pageSize: 10));
        List<PendingTemplateJob> jobs = await SubmitAsync(client, 3);

        // 3 jobs against a list priced at 10 pages: three polls are cheaper than a walk.
        List<TemplateJobResult> results = await client.ConfirmTemplateJobsAsync(jobs, listedVersions: 100).ToListAsync();

        Assert.All(results, r => Assert.IsType<TemplateVersionOutcome.Created>(r.Outcome));
        Assert.Equal(3, results.Count);
        Assert.Equal(0, emu.Statistics.CountFor(ListRoute));
        Assert.Equal(3, emu.Statistics.CountFor(JobRoute));
    }

    [Fact]
    public async Task ConfirmTemplateJobs_JobStillRunningPastTheDeadline_ErrorJobDeadlineExceeded()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync(jobLatencyMs: 600_000);
        var options = EmulatorHarness.Options with
        {
            JobDeadline = TimeSpan.FromSeconds(1),
            JobPollInitialInterval = TimeSpan.FromMilliseconds(100),
            JobPollMaxInterval = TimeSpan.FromMilliseconds(200),
        };
        using ICxoneClient client = EmulatorHarness.Connect(emu, options);
        List<PendingTemplateJob> jobs = await SubmitAsync(client, 2);

        List<TemplateJobResult> results = await client.ConfirmTemplateJobsAsync(jobs, listedVersions: 0).ToListAsync();

        Assert.Equal(2, results.Count);
        Assert.All(results, r =>
        {
            Assert.Null(r.Outcome);
            Assert.Equal("job_deadline_exceeded", r.Error!.ErrorCode);
            Assert.Contains(r.Job.JobId, r.Error.Message, StringComparison.Ordinal);
            Assert.True(r.Error.IsTransient);
        });
        Assert.True(emu.Statistics.CountFor(JobRoute) >= 2, "each job is polled before it is given up");
    }

    [Fact]
    public async Task ConfirmTemplateJobs_PollFails_ErrorResultInsteadOfException()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync();
        using ICxoneClient client = EmulatorHarness.Connect(emu, Options(pageSize: 10));
        List<PendingTemplateJob> jobs = await SubmitAsync(client, 1);
        var unknown = new PendingTemplateJob(Payloads.Template(id: "tmpl_never_sent"), "job-that-does-not-exist", DateTimeOffset.UtcNow);

        List<TemplateJobResult> results = await client.ConfirmTemplateJobsAsync([jobs[0], unknown], listedVersions: 100).ToListAsync();

        Assert.IsType<TemplateVersionOutcome.Created>(Assert.Single(results, r => r.Job == jobs[0]).Outcome);
        TemplateJobResult lost = Assert.Single(results, r => r.Job == unknown);
        Assert.Null(lost.Outcome);
        Assert.Equal(HttpStatusCode.NotFound, lost.Error!.StatusCode);
    }

    [Fact]
    public async Task SubmitTemplateVersion_NewThenIdenticalThenDifferent_AcceptedThenAlreadyExistsThenConflict()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync();
        using ICxoneClient client = EmulatorHarness.Connect(emu);
        TemplatePayload payload = Payloads.Template(hash: "sha256:first");

        var accepted = Assert.IsType<TemplateSubmission.Accepted>(await client.SubmitTemplateVersionAsync(payload));
        Assert.Equal(JobState.Completed, (await client.WaitForJobAsync(accepted.JobId)).Status);
        TemplateSubmission again = await client.SubmitTemplateVersionAsync(payload);
        TemplateSubmission other = await client.SubmitTemplateVersionAsync(Payloads.Template(text: "Changed {{customer.name}} {{order.id}}", hash: "sha256:second"));

        Assert.StartsWith("job-", accepted.JobId, StringComparison.Ordinal);
        var same = Assert.IsType<TemplateVersionOutcome.AlreadyExists>(Assert.IsType<TemplateSubmission.Settled>(again).Outcome);
        Assert.Equal("sha256:first", same.LiveContentHash);
        var conflict = Assert.IsType<TemplateVersionOutcome.Conflict>(Assert.IsType<TemplateSubmission.Settled>(other).Outcome);
        Assert.Contains("bump the version", conflict.Message, StringComparison.Ordinal);
        Assert.Single(await client.ListTemplateVersionsAsync(payload.TemplateId).ToListAsync());
    }

    private static async Task<List<PendingTemplateJob>> SubmitAsync(ICxoneClient client, int count)
    {
        var jobs = new List<PendingTemplateJob>();
        for (int i = 0; i < count; i++)
        {
            TemplatePayload payload = Payloads.Template(id: $"tmpl_confirm_{i:000}", hash: $"sha256:{i:000}");
            var accepted = Assert.IsType<TemplateSubmission.Accepted>(await client.SubmitTemplateVersionAsync(payload));
            jobs.Add(new PendingTemplateJob(payload, accepted.JobId, accepted.SubmittedAt));
        }

        return jobs;
    }

    private static long Pages(int items, int pageSize) => Math.Max(1, (items + pageSize - 1) / pageSize);
}
