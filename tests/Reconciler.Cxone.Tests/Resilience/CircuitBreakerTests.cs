using System.Net;
using Reconciler.Cxone.Jobs;
using Reconciler.Cxone.Tests.Fakes;

namespace Reconciler.Cxone.Tests.Resilience;

public sealed class CircuitBreakerTests
{
    private const string Job = """{"jobId":"j1","status":"COMPLETED"}""";

    private static CxoneClientOptions NoRetries => TestClients.Fast with
    {
        MaxRetries = 0,
        CircuitBreakerMinimumThroughput = 2,
        CircuitBreakerFailureRatio = 0.5,
        CircuitBreakerBreakDuration = TimeSpan.FromSeconds(5),
    };

    [Fact]
    public async Task Send_RepeatedServerErrors_OpenCircuitAndStopCallingCxone()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Error(500, "server_error", "down") };
        using ICxoneClient client = TestClients.Create(fake, time, NoRetries);

        await Assert.ThrowsAsync<CxoneApiException>(() => client.GetJobAsync("j1"));
        await Assert.ThrowsAsync<CxoneApiException>(() => client.GetJobAsync("j1"));
        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.GetJobAsync("j1"));

        Assert.Equal(2, fake.ApiRequests.Count);
        Assert.Equal("circuit_open", ex.ErrorCode);
        Assert.True(ex.IsTransient);
        Assert.Contains("circuit breaker", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_AfterBreakDuration_CircuitLetsCallsThroughAgain()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Error(500, "server_error", "down") };
        using ICxoneClient client = TestClients.Create(fake, time, NoRetries);
        await Assert.ThrowsAsync<CxoneApiException>(() => client.GetJobAsync("j1"));
        await Assert.ThrowsAsync<CxoneApiException>(() => client.GetJobAsync("j1"));

        fake.Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, Job);
        time.Advance(TimeSpan.FromSeconds(6));
        JobStatus job = await client.GetJobAsync("j1");

        Assert.Equal(JobState.Completed, job.Status);
        Assert.Equal(3, fake.ApiRequests.Count);
    }

    [Fact]
    public async Task Send_Repeated429s_DoNotOpenTheCircuit()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Json(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "1")) };
        using ICxoneClient client = TestClients.Create(fake, time, NoRetries);

        for (int i = 0; i < 4; i++)
        {
            var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.GetJobAsync("j1"));
            Assert.Equal(HttpStatusCode.TooManyRequests, ex.StatusCode);
        }

        Assert.Equal(4, fake.ApiRequests.Count);
    }

    [Fact]
    public async Task Send_TerminalErrors_DoNotOpenTheCircuit()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Error(404, "not_found", "no such job") };
        using ICxoneClient client = TestClients.Create(fake, time, NoRetries);

        for (int i = 0; i < 4; i++)
        {
            await Assert.ThrowsAsync<CxoneApiException>(() => client.GetJobAsync("j1"));
        }

        Assert.Equal(4, fake.ApiRequests.Count);
    }

    [Fact]
    public async Task Send_CircuitOpenWhileRetrying_WaitsOutTheBreakAndSucceeds()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, Job) };
        fake.Enqueue(FakeCxone.Error(500, "server_error", "down"));
        fake.Enqueue(FakeCxone.Error(500, "server_error", "down"));
        var options = NoRetries with { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(10) };
        using ICxoneClient client = TestClients.Create(fake, time, options);

        Task<JobStatus> call = client.GetJobAsync("j1");
        TimeSpan passed = await time.AdvanceUntilAsync(call, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(30));

        Assert.Equal(JobState.Completed, (await call).Status);
        Assert.Equal(3, fake.ApiRequests.Count);
        Assert.True(passed >= TimeSpan.FromSeconds(5), $"the retry should wait for the 5 s break, waited {passed}");
    }
}
