using System.Net;
using Reconciler.Cxone.Jobs;
using Reconciler.Cxone.Tests.Fakes;

namespace Reconciler.Cxone.Tests.Jobs;

public sealed class WaitForJobTests
{
    private static HttpResponseMessage Job(string status, string? error = null) =>
        FakeCxone.Json(HttpStatusCode.OK, $$"""{"jobId":"j1","status":"{{status}}","errorMessage":{{(error is null ? "null" : $"\"{error}\"")}},"templateId":"t","locale":"en-US","version":"v1"}""");

    [Fact]
    public async Task WaitForJob_StillRunning_PollsWithDoublingDelaysCappedAtMax()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => Job("COMPLETED") };
        for (int i = 0; i < 7; i++)
        {
            fake.Enqueue(Job(i < 2 ? "QUEUED" : "RUNNING"));
        }

        using ICxoneClient client = TestClients.Create(fake, time);

        Task<JobStatus> wait = client.WaitForJobAsync("j1");
        await time.AdvanceUntilAsync(wait, TimeSpan.FromMilliseconds(50), TimeSpan.FromMinutes(1));

        JobStatus job = await wait;
        Assert.Equal(JobState.Completed, job.Status);
        double[] gaps = fake.ApiRequests.Zip(fake.ApiRequests.Skip(1), (a, b) => (b.At - a.At).TotalMilliseconds).ToArray();
        double[] expected = [100, 200, 400, 800, 1600, 2000, 2000];
        Assert.Equal(expected.Length, gaps.Length);
        for (int i = 0; i < gaps.Length; i++)
        {
            Assert.InRange(gaps[i], expected[i], (expected[i] * 1.5) + 100); // exact unless the machine is loaded
        }
    }

    [Fact]
    public async Task WaitForJob_Failed_ReturnsErrorMessage()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => Job("FAILED", "schema compilation failed: block msg_02") };
        using ICxoneClient client = TestClients.Create(fake, time);

        JobStatus job = await client.WaitForJobAsync("j1");

        Assert.Equal(JobState.Failed, job.Status);
        Assert.Equal("schema compilation failed: block msg_02", job.ErrorMessage);
    }

    [Fact]
    public async Task WaitForJob_NeverFinishes_FailsAtTheDeadline()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => Job("RUNNING") };
        using ICxoneClient client = TestClients.Create(fake, time, TestClients.Fast with { JobDeadline = TimeSpan.FromSeconds(10) });

        Task<JobStatus> wait = client.WaitForJobAsync("j1");
        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => time.AdvanceUntilAsync(wait, TimeSpan.FromMilliseconds(50), TimeSpan.FromMinutes(1)));

        Assert.Equal("job_deadline_exceeded", ex.ErrorCode);
        Assert.True(ex.IsTransient);
        Assert.Contains("Job j1 was still RUNNING after 10 s", ex.Message, StringComparison.Ordinal);
        TimeSpan polledFor = fake.ApiRequests[^1].At - fake.ApiRequests[0].At;
        Assert.InRange(polledFor, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(12));
    }

    [Fact]
    public async Task WaitForJob_UnknownStatusValue_ReportsUnexpectedResponse()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, """{"jobId":"j1","status":"EXPLODED"}""") };
        using ICxoneClient client = TestClients.Create(fake, time);

        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.WaitForJobAsync("j1"));

        Assert.Equal("unexpected_response", ex.ErrorCode);
        Assert.Contains("GET /api/v1/jobs/j1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetJob_IdWithSlash_IsEscapedIntoOneSegment()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => Job("COMPLETED") };
        using ICxoneClient client = TestClients.Create(fake, time);

        await client.GetJobAsync("a/../b");

        Assert.Equal("/api/v1/jobs/a%2F..%2Fb", fake.ApiRequests[0].Path);
    }
}
