using Cxone.Emulator.Tests.Support;

namespace Cxone.Emulator.Tests.Http;

public sealed class RateLimitTests
{
    private static Task<EmulatorHarness> LimitedAsync(double rps) => EmulatorHarness.StartAsync(o => new EmulatorOptions
    {
        TimeProvider = o.TimeProvider,
        RequestLog = o.RequestLog,
        RateLimitPerSecond = rps,
        Clients = [new EmulatorClient("a", "a", EmulatorScopes.All), new EmulatorClient("b", "b", EmulatorScopes.All)],
    });

    [Fact]
    public async Task RateLimit_BeyondOneSecondsWorth_Is429WithRetryAfter()
    {
        await using var h = await LimitedAsync(5);
        var token = await h.TokenAsync(clientId: "a", secret: "a");

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(200, (await h.GetAsync(Paths.Widgets, token)).Status);
        }

        var limited = await h.GetAsync(Paths.Widgets, token);

        Assert.Equal(429, limited.Status);
        Assert.Equal("rate_limited", limited.Error);
        Assert.Equal(TimeSpan.FromSeconds(1), limited.RetryAfter);
        Assert.Equal(1, h.Server.Statistics.RateLimited);
    }

    [Fact]
    public async Task RateLimit_AfterTimePasses_RefillsAtTheRate()
    {
        await using var h = await LimitedAsync(2);
        var token = await h.TokenAsync(clientId: "a", secret: "a");
        await h.GetAsync(Paths.Widgets, token);
        await h.GetAsync(Paths.Widgets, token);
        Assert.Equal(429, (await h.GetAsync(Paths.Widgets, token)).Status);

        h.Clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal(200, (await h.GetAsync(Paths.Widgets, token)).Status);
        Assert.Equal(429, (await h.GetAsync(Paths.Widgets, token)).Status);
    }

    [Fact]
    public async Task RateLimit_SlowRate_RetryAfterIsWholeSecondsToNextToken()
    {
        await using var h = await LimitedAsync(0.25);
        var token = await h.TokenAsync(clientId: "a", secret: "a");
        await h.GetAsync(Paths.Widgets, token);

        var limited = await h.GetAsync(Paths.Widgets, token);

        Assert.Equal(429, limited.Status);
        Assert.Equal(TimeSpan.FromSeconds(4), limited.RetryAfter);
    }

    [Fact]
    public async Task RateLimit_IsPerClient()
    {
        await using var h = await LimitedAsync(1);
        var a = await h.TokenAsync(clientId: "a", secret: "a");
        var b = await h.TokenAsync(clientId: "b", secret: "b");
        await h.GetAsync(Paths.Widgets, a);

        Assert.Equal(429, (await h.GetAsync(Paths.Widgets, a)).Status);
        Assert.Equal(200, (await h.GetAsync(Paths.Widgets, b)).Status);
    }

    [Fact]
    public async Task RateLimit_DoesNotApplyToTheTokenEndpoint()
    {
        await using var h = await LimitedAsync(1);

        for (var i = 0; i < 5; i++)
        {
            await h.TokenAsync(clientId: "a", secret: "a");
        }
    }
}
