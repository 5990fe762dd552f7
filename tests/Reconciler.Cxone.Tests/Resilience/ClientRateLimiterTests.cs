using System.Net;
using Reconciler.Cxone.Resilience;
using Reconciler.Cxone.Tests.Fakes;

namespace Reconciler.Cxone.Tests.Resilience;

public sealed class ClientRateLimiterTests
{
    [Theory]
    [InlineData(50, 100, 5)]
    [InlineData(55, 90.909, 5)]
    [InlineData(18, 55.556, 1)]
    [InlineData(10, 100, 1)]
    [InlineData(2, 500, 1)]
    [InlineData(0.5, 2000, 1)]
    public void Constructor_Rate_ChoosesPeriodAndTokensForTheExactRate(double rps, double periodMs, int tokens)
    {
        using var limiter = new ClientRateLimiter(rps, new ManualTimeProvider());

        Assert.Equal(periodMs, limiter.Period.TotalMilliseconds, 0.001);
        Assert.Equal(tokens, limiter.TokensPerPeriod);
    }

    [Fact]
    public async Task Acquire_BeyondBucket_WaitsForVirtualRefill()
    {
        var time = new ManualTimeProvider();
        using var limiter = new ClientRateLimiter(20, time); // 2 per 100 ms

        await limiter.AcquireAsync(CancellationToken.None);
        await limiter.AcquireAsync(CancellationToken.None);
        Task third = limiter.AcquireAsync(CancellationToken.None).AsTask();
        await Task.Delay(50);
        Assert.False(third.IsCompleted);

        time.Advance(TimeSpan.FromMilliseconds(100));
        await third.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Acquire_SystemClock_HoldsTheRateInRealTime()
    {
        using var limiter = new ClientRateLimiter(50, TimeProvider.System);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => limiter.AcquireAsync(CancellationToken.None).AsTask()));

        // 5 permits at once, then 5 per 100 ms: the 60th after 1.1 s.
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.05), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Acquire_CancelledWaiter_DoesNotConsumeAPermit()
    {
        var time = new ManualTimeProvider();
        using var limiter = new ClientRateLimiter(10, time); // 1 per 100 ms
        await limiter.AcquireAsync(CancellationToken.None);
        using var cts = new CancellationTokenSource();

        Task cancelled = limiter.AcquireAsync(cts.Token).AsTask();
        Task next = limiter.AcquireAsync(CancellationToken.None).AsTask();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        time.Advance(TimeSpan.FromMilliseconds(100));

        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Send_RequestsPerSecondSet_SpacesRequestsAtThatRate()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, """{"jobId":"j","status":"RUNNING"}""") };
        using ICxoneClient client = TestClients.Create(fake, time, TestClients.Fast with { RequestsPerSecond = 10 });

        Task all = Task.WhenAll(Enumerable.Range(0, 10).Select(i => client.GetJobAsync("j" + i)));

        // 10 per second is one permit per 100 ms: after k periods exactly k + 1 requests have gone out.
        await WaitForRequestsAsync(fake, 1);
        for (int k = 1; k < 10; k++)
        {
            await Task.Delay(30);
            Assert.Equal(k, fake.ApiRequests.Count);
            time.Advance(TimeSpan.FromMilliseconds(100));
            await WaitForRequestsAsync(fake, k + 1);
        }

        await all.WaitAsync(TimeSpan.FromSeconds(5));
        DateTimeOffset[] at = fake.ApiRequests.Select(r => r.At).Order().ToArray();
        Assert.All(at.Zip(at.Skip(1)), pair => Assert.Equal(TimeSpan.FromMilliseconds(100), pair.Second - pair.First));
    }

    private static async Task WaitForRequestsAsync(FakeCxone fake, int count)
    {
        for (int i = 0; i < 500 && fake.ApiRequests.Count < count; i++)
        {
            await Task.Delay(5);
        }

        Assert.Equal(count, fake.ApiRequests.Count);
    }

    [Fact]
    public async Task Send_RetryAfter429_AlsoWaitsForThePermit()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, """{"jobId":"j","status":"RUNNING"}""") };
        fake.Enqueue(FakeCxone.Json(HttpStatusCode.ServiceUnavailable, "{}"));
        using ICxoneClient client = TestClients.Create(fake, time, TestClients.Fast with { RequestsPerSecond = 1, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(10) });

        await time.AdvanceUntilAsync(client.GetJobAsync("j"), TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(5));

        // The retry's own backoff is ~10 ms, but the limiter holds it for the rest of the second.
        Assert.True(fake.ApiRequests[1].At - fake.ApiRequests[0].At >= TimeSpan.FromSeconds(1));
    }
}
