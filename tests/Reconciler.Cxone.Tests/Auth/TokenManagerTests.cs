using System.Net;
using Reconciler.Cxone.Auth;
using Reconciler.Cxone.Tests.Fakes;

namespace Reconciler.Cxone.Tests.Auth;

public sealed class TokenManagerTests
{
    private static readonly string WidgetsPage = Payloads.Page(1, 1);

    [Theory]
    [InlineData(3600, 360_000)]
    [InlineData(60, 6_000)]
    [InlineData(5, 1_000)]
    [InlineData(2, 1_000)]
    [InlineData(1, 500)]
    public void RefreshMargin_Lifetime_TenthAtLeastOneSecondAtMostHalf(int lifetimeSeconds, int expectedMs)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), TokenManager.RefreshMargin(TimeSpan.FromSeconds(lifetimeSeconds)));
    }

    [Fact]
    public async Task GetAccessToken_WithinLifetime_ReusesCachedToken()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { TokenTtlSeconds = 100, Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, WidgetsPage) };
        using ICxoneClient client = TestClients.Create(fake, time);

        await client.ListWidgetsAsync().ToListAsync();
        time.Advance(TimeSpan.FromSeconds(89));
        await client.ListWidgetsAsync().ToListAsync();

        Assert.Equal(1, fake.TokenRequests);
        Assert.All(fake.ApiRequests, r => Assert.Equal("tok-1-a8d7f6", r.Bearer));
    }

    [Fact]
    public async Task GetAccessToken_InsideRefreshWindow_RefreshesBeforeExpiry()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { TokenTtlSeconds = 100, Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, WidgetsPage) };
        using ICxoneClient client = TestClients.Create(fake, time);

        await client.ListWidgetsAsync().ToListAsync();
        time.Advance(TimeSpan.FromSeconds(91)); // 10 s margin: refresh from 90 s, before the 100 s expiry
        await client.ListWidgetsAsync().ToListAsync();

        Assert.Equal(2, fake.TokenRequests);
        Assert.Equal("tok-2-a8d7f6", fake.ApiRequests[^1].Bearer);
    }

    [Fact]
    public async Task GetAccessToken_FiftyConcurrentCallers_OneTokenRequest()
    {
        var time = new ManualTimeProvider();
        var gate = new TaskCompletionSource();
        var fake = new FakeCxone(time) { TokenGate = gate.Task, Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, WidgetsPage) };
        using ICxoneClient client = TestClients.Create(fake, time);

        Task[] calls = Enumerable.Range(0, 50).Select(_ => Task.Run(async () => await client.ListWidgetsAsync().ToListAsync())).ToArray();
        await Task.Delay(200); // let every caller reach the token gate
        gate.SetResult();
        await Task.WhenAll(calls);

        Assert.Equal(1, fake.TokenRequests);
        Assert.Equal(50, fake.ApiRequests.Count);
    }

    [Fact]
    public async Task Send_401Once_RefreshesTokenAndRetriesOnce()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, WidgetsPage) };
        fake.Enqueue(FakeCxone.Error(401, "unauthorized", "token expired"));
        using ICxoneClient client = TestClients.Create(fake, time);

        await client.ListWidgetsAsync().ToListAsync();

        Assert.Equal(2, fake.TokenRequests);
        Assert.Equal(["tok-1-a8d7f6", "tok-2-a8d7f6"], fake.ApiRequests.Select(r => r.Bearer));
        Assert.Equal(1, client.Statistics.TokenRefreshesAfter401);
    }

    [Fact]
    public async Task Send_ManyConcurrentCallersSee401_OneRefresh()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time)
        {
            // The first token is revoked: every request carrying it is refused.
            Fallback = r => r.Bearer == "tok-1-a8d7f6" ? FakeCxone.Error(401, "unauthorized", "revoked") : FakeCxone.Json(HttpStatusCode.OK, WidgetsPage),
        };
        using ICxoneClient client = TestClients.Create(fake, time);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(async () => await client.ListWidgetsAsync().ToListAsync())));

        // Each refused caller invalidates only the token it used, so tok-1 is replaced once.
        Assert.Equal(2, fake.TokenRequests);
        Assert.Equal(20, fake.ApiRequests.Count(r => r.Bearer == "tok-2-a8d7f6"));
    }

    [Fact]
    public async Task Send_401AfterRefresh_FailsTerminallyWithoutLooping()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Error(401, "unauthorized", "token rejected") };
        using ICxoneClient client = TestClients.Create(fake, time);

        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.ListWidgetsAsync().ToListAsync().AsTask());

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.False(ex.IsTransient);
        Assert.Equal(2, fake.ApiRequests.Count);
        Assert.Contains("freshly issued token", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccessToken_BadCredentials_ClearErrorWithoutSecret()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { TokenResponder = _ => FakeCxone.Error(401, "invalid_client", "unknown client or wrong secret") };
        using ICxoneClient client = TestClients.Create(fake, time);

        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.GetJobAsync("j1"));

        Assert.Equal("invalid_client", ex.ErrorCode);
        Assert.False(ex.IsTransient);
        Assert.Contains("CXONE_CLIENT_ID and CXONE_CLIENT_SECRET", ex.Message, StringComparison.Ordinal);
        Assert.Contains(FakeCxone.ClientId, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeCxone.ClientSecret, ex.ToString(), StringComparison.Ordinal);
        Assert.Empty(fake.ApiRequests);
        Assert.Equal(1, fake.TokenRequests);
    }

    [Fact]
    public async Task GetAccessToken_ScopesRequested_SentInForm()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, WidgetsPage) };
        using ICxoneClient client = TestClients.Create(fake, time, connection: FakeCxone.Connection(["config:read", "analytics:read"]));

        await client.ListWidgetsAsync().ToListAsync();

        string form = fake.Requests.Single(r => r.IsToken).Body;
        Assert.Contains("grant_type=client_credentials", form, StringComparison.Ordinal);
        Assert.Contains("scope=config%3Aread+analytics%3Aread", form, StringComparison.Ordinal);
        Assert.Contains("client_id=" + FakeCxone.ClientId, form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccessToken_MalformedTokenAnswer_ReportsUnexpectedResponse()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { TokenResponder = _ => FakeCxone.Json(HttpStatusCode.OK, """{"token_type":"Bearer"}""") };
        using ICxoneClient client = TestClients.Create(fake, time);

        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.GetJobAsync("j1"));

        Assert.Equal("unexpected_response", ex.ErrorCode);
    }

    [Fact]
    public async Task GetAccessToken_TokenEndpointBriefly503_RetriedThenUsed()
    {
        var time = new ManualTimeProvider();
        int tokenCalls = 0;
        var fake = new FakeCxone(time)
        {
            TokenResponder = _ => Interlocked.Increment(ref tokenCalls) == 1
                ? FakeCxone.Error(503, "unavailable", "restarting")
                : FakeCxone.Json(HttpStatusCode.OK, """{"access_token":"tok-late","token_type":"Bearer","expires_in":60}"""),
            Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, WidgetsPage),
        };
        using ICxoneClient client = TestClients.Create(fake, time);

        await time.AdvanceUntilAsync(client.ListWidgetsAsync().ToListAsync().AsTask(), TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(10));

        Assert.Equal(2, fake.TokenRequests);
        Assert.Equal("tok-late", Assert.Single(fake.ApiRequests).Bearer);
    }

    [Fact]
    public async Task GetAccessToken_InvalidScope_ErrorNamesTheRequestedScopes()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { TokenResponder = _ => FakeCxone.Error(400, "invalid_scope", "scope not granted") };
        using ICxoneClient client = TestClients.Create(fake, time, connection: FakeCxone.Connection(["config:write"]));

        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.GetJobAsync("j1"));

        Assert.Equal("invalid_scope", ex.ErrorCode);
        Assert.Contains("asked for: config:write", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, fake.TokenRequests);
    }
}
