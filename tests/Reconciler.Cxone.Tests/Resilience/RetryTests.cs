using System.Globalization;
using System.Net;
using Reconciler.Cxone.Jobs;
using Reconciler.Cxone.Tests.Fakes;

namespace Reconciler.Cxone.Tests.Resilience;

public sealed class RetryTests
{
    private const string Job = """{"jobId":"j1","status":"COMPLETED","errorMessage":null}""";
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(20);

    [Fact]
    public async Task Send_429WithRetryAfterSeconds_WaitsThatLongThenSucceeds()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, Job) };
        fake.Enqueue(FakeCxone.Json(HttpStatusCode.TooManyRequests, """{"error":"rate_limited","message":"slow down"}""", ("Retry-After", "2")));
        using ICxoneClient client = TestClients.Create(fake, time);

        Task<JobStatus> call = client.GetJobAsync("j1");
        await time.AdvanceUntilAsync(call, Step, TimeSpan.FromSeconds(10));

        IReadOnlyList<RecordedRequest> api = fake.ApiRequests;
        Assert.Equal(2, api.Count);
        TimeSpan gap = api[1].At - api[0].At;
        Assert.InRange(gap, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)); // never earlier than asked; late only if the machine is loaded
        Assert.Equal(1, client.Statistics.RateLimitedResponses);
        Assert.Equal(1, client.Statistics.Retries);
    }

    [Fact]
    public async Task Send_429WithRetryAfterDate_WaitsUntilThatDate()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, Job) };
        string date = (time.GetUtcNow() + TimeSpan.FromSeconds(3)).ToString("R", CultureInfo.InvariantCulture);
        fake.Enqueue(FakeCxone.Json(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", date)));
        using ICxoneClient client = TestClients.Create(fake, time);

        await time.AdvanceUntilAsync(client.GetJobAsync("j1"), Step, TimeSpan.FromSeconds(10));

        TimeSpan gap = fake.ApiRequests[1].At - fake.ApiRequests[0].At;
        Assert.InRange(gap, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(6));
    }

    [Fact]
    public async Task Send_RetryAfterBeyondMaximum_GivesUpAtOnceAsTransient()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Json(HttpStatusCode.TooManyRequests, """{"error":"rate_limited","message":"quota exhausted"}""", ("Retry-After", "3600")) };
        using ICxoneClient client = TestClients.Create(fake, time);

        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.GetJobAsync("j1"));

        Assert.Single(fake.ApiRequests);
        Assert.True(ex.IsTransient);
        Assert.Equal(HttpStatusCode.TooManyRequests, ex.StatusCode);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(408)]
    public async Task Send_TransientStatusThenSuccess_Retried(int status)
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, Job) };
        fake.Enqueue(FakeCxone.Error(status, "server_error", "boom"));
        using ICxoneClient client = TestClients.Create(fake, time);

        Task<JobStatus> call = client.GetJobAsync("j1");
        await time.AdvanceUntilAsync(call, Step, TimeSpan.FromSeconds(10));

        Assert.Equal(JobState.Completed, (await call).Status);
        Assert.Equal(2, fake.ApiRequests.Count);
    }

    [Fact]
    public async Task Send_DroppedConnectionThenSuccess_Retried()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, Job) };
        fake.EnqueueDrop();
        using ICxoneClient client = TestClients.Create(fake, time);

        await time.AdvanceUntilAsync(client.GetJobAsync("j1"), Step, TimeSpan.FromSeconds(10));

        Assert.Equal(2, fake.ApiRequests.Count);
        Assert.Equal(1, client.Statistics.TransportFailures);
    }

    [Theory]
    [InlineData(400, "invalid_request")]
    [InlineData(403, "insufficient_scope")]
    [InlineData(404, "not_found")]
    [InlineData(409, "conflict")]
    public async Task Send_TerminalStatus_FailsFastWithOneRequest(int status, string code)
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Error(status, code, "the API's explanation") };
        using ICxoneClient client = TestClients.Create(fake, time);

        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.GetJobAsync("j-42"));

        Assert.Single(fake.ApiRequests);
        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.Equal(code, ex.ErrorCode);
        Assert.False(ex.IsTransient);
        Assert.Equal("GET /api/v1/jobs/j-42", ex.Call);
        Assert.Equal("the API's explanation", ex.ApiMessage);
        Assert.Contains("CXone refused GET /api/v1/jobs/j-42", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_403WithScope_MessageNamesTheMissingScope()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time)
        {
            Fallback = _ => FakeCxone.Error(403, "insufficient_scope", "requires interactions.digital.templates.write", ",\"scope\":\"interactions.digital.templates.write\""),
        };
        using ICxoneClient client = TestClients.Create(fake, time);

        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.SubmitTemplateAsync(Payloads.Template()));

        Assert.Equal("interactions.digital.templates.write", ex.MissingScope);
        Assert.StartsWith(
            "CXone refused POST /api/v1/interactions/digital/templates: 403 insufficient_scope — the token lacks scope 'interactions.digital.templates.write'; grant it to the API client",
            ex.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_NonJsonErrorBody_QuotedInMessage()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent("<html>bad gateway config</html>") } };
        using ICxoneClient client = TestClients.Create(fake, time);

        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.GetJobAsync("j1"));

        Assert.Equal("invalid_request", ex.ErrorCode);
        Assert.Contains("<html>bad gateway config</html>", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_TransientUntilRetriesRunOut_ThrowsTransientNamingAttempts()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Error(503, "unavailable", "maintenance") };
        using ICxoneClient client = TestClients.Create(fake, time);

        Task<JobStatus> call = client.GetJobAsync("j1");
        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => time.AdvanceUntilAsync(call, Step, TimeSpan.FromSeconds(30)));

        Assert.Equal(4, fake.ApiRequests.Count); // first attempt + MaxRetries (3)
        Assert.True(ex.IsTransient);
        Assert.Contains("after 4 attempt(s)", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, client.Statistics.Retries);
    }

    [Fact]
    public async Task Send_BackoffBetweenRetries_GrowsExponentiallyWithinMaxDelay()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Error(500, "server_error", "boom") };
        var options = TestClients.Fast with { MaxRetries = 5, BaseDelay = TimeSpan.FromMilliseconds(200), MaxDelay = TimeSpan.FromSeconds(2), CircuitBreakerMinimumThroughput = 100 };
        using ICxoneClient client = TestClients.Create(fake, time, options);

        await Assert.ThrowsAsync<CxoneApiException>(() => time.AdvanceUntilAsync(client.GetJobAsync("j1"), Step, TimeSpan.FromSeconds(60)));

        TimeSpan[] gaps = fake.ApiRequests.Zip(fake.ApiRequests.Skip(1), (a, b) => b.At - a.At).ToArray();
        Assert.Equal(5, gaps.Length);
        Assert.All(gaps, g => Assert.InRange(g, TimeSpan.Zero, TimeSpan.FromSeconds(4)));

        // Jittered exponential backoff: the later delays are longer on the whole than the first ones.
        Assert.True(gaps[3] + gaps[4] > gaps[0] + gaps[1], string.Join(", ", gaps));
    }

    [Fact]
    public async Task Send_AttemptHangs_TimesOutAndRetries()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, Job) };
        fake.EnqueueAsync(async (_, ct) =>
        {
            // Hangs until the client gives up on the attempt, like a server that never answers.
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });
        var options = TestClients.Fast with { AttemptTimeout = TimeSpan.FromSeconds(5) };
        using ICxoneClient client = TestClients.Create(fake, time, options);

        Task<JobStatus> call = client.GetJobAsync("j1");
        TimeSpan passed = await time.AdvanceUntilAsync(call, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(20));

        Assert.Equal(2, fake.ApiRequests.Count);
        Assert.Equal(1, client.Statistics.Timeouts);
        Assert.True(passed >= TimeSpan.FromSeconds(5), $"retried after {passed}");
    }

    [Fact]
    public async Task Send_CallerCancels_StopsWithoutRetrying()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Error(503, "unavailable", "x") };
        using ICxoneClient client = TestClients.Create(fake, time);
        using var cts = new CancellationTokenSource();

        Task<JobStatus> call = client.GetJobAsync("j1", cts.Token);
        for (int i = 0; i < 500 && fake.ApiRequests.Count == 0; i++)
        {
            await Task.Delay(5);
        }

        await cts.CancelAsync(); // while the retry waits on a clock that never moves

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(fake.ApiRequests);
    }
}
