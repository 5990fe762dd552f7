using Cxone.Emulator.Tests.Support;

namespace Cxone.Emulator.Tests.Http;

public sealed class FaultInjectionTests
{
    private static Dictionary<string, string> Fault(string kind) => new() { ["X-Emulator-Fault"] = kind };

    [Theory]
    [InlineData("429", 429, "rate_limited", true)]
    [InlineData("500", 500, "server_error", false)]
    [InlineData("503", 503, "unavailable", true)]
    public async Task ForcedFault_AnswersWithThatStatusAndDoesNotProcess(string kind, int status, string error, bool retryAfter)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TokenAsync();

        var response = await h.SendAsync(HttpMethod.Post, Paths.Templates, token, Payloads.Template(), Fault(kind));
        h.Clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(status, response.Status);
        Assert.Equal(error, response.Error);
        Assert.Equal(retryAfter ? TimeSpan.FromSeconds(1) : null, response.RetryAfter);
        Assert.Equal(0, (await h.GetAsync(Paths.Templates, token)).Json["total_items"]!.GetValue<int>());
        Assert.Equal(1, h.Server.Statistics.FaultsInjected);
    }

    [Fact]
    public async Task ForcedDrop_ClosesTheConnectionAndDoesNotProcess()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TokenAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => h.SendAsync(HttpMethod.Post, Paths.Templates, token, Payloads.Template(), Fault("drop")));
        h.Clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(0, (await h.GetAsync(Paths.Templates, token)).Json["total_items"]!.GetValue<int>());
    }

    [Fact]
    public async Task ForcedDropAfter_ClosesTheConnectionButTheVersionIsCreated()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TokenAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => h.SendAsync(HttpMethod.Post, Paths.Templates, token, Payloads.Template(), Fault("drop-after")));
        h.Clock.Advance(TimeSpan.FromSeconds(5));
        var retry = await h.PostAsync(Paths.Templates, Payloads.Template(), token);

        Assert.Equal(1, (await h.GetAsync(Paths.Templates, token)).Json["total_items"]!.GetValue<int>());
        Assert.Equal(409, retry.Status);
    }

    [Fact]
    public async Task ForcedFault_UnknownKind_Is400ListingTheKinds()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var response = await h.SendAsync(HttpMethod.Get, Paths.Widgets, await h.TokenAsync(), null, Fault("boom"));

        Assert.Equal(400, response.Status);
        Assert.Contains("429, 500, 503, drop, drop-after", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForcedFault_OnTokenEndpoint_IsIgnored()
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = "local", ["client_secret"] = "local" }),
        };
        request.Headers.Add("X-Emulator-Fault", "500");

        using var response = await h.Http.SendAsync(request);

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task FaultRateOne_EveryApiCallFaults_WithEveryKindOverManyCalls()
    {
        await using var h = await EmulatorHarness.StartAsync(o => new EmulatorOptions { TimeProvider = o.TimeProvider, RequestLog = o.RequestLog, FaultRate = 1, Seed = 3 });
        var token = await h.TokenAsync();
        var outcomes = new HashSet<string>();
        for (var i = 0; i < 60; i++)
        {
            try
            {
                outcomes.Add((await h.SendAsync(HttpMethod.Get, Paths.Widgets, token)).Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            catch (HttpRequestException)
            {
                outcomes.Add("dropped");
            }
        }

        Assert.Equal(["429", "500", "503", "dropped"], outcomes.Order(StringComparer.Ordinal));
        Assert.Equal(60, h.Server.Statistics.FaultsInjected);
    }

    [Fact]
    public async Task FaultRateTenPercent_FaultsRoughlyThatFraction()
    {
        await using var h = await EmulatorHarness.StartAsync(o => new EmulatorOptions { TimeProvider = o.TimeProvider, RequestLog = o.RequestLog, FaultRate = 0.1, Seed = 11 });
        var token = await h.TokenAsync();
        for (var i = 0; i < 300; i++)
        {
            try
            {
                await h.SendAsync(HttpMethod.Get, Paths.Widgets, token);
            }
            catch (HttpRequestException)
            {
            }
        }

        Assert.InRange(h.Server.Statistics.FaultsInjected, 15, 50);
        Assert.Equal(300, h.Server.Statistics.TotalRequests);
    }
}
