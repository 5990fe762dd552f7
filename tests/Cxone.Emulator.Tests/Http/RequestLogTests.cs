using System.Text.RegularExpressions;
using Cxone.Emulator.Tests.Support;

namespace Cxone.Emulator.Tests.Http;

public sealed partial class RequestLogTests
{
    [Fact]
    public async Task Log_OneLinePerRequest_MethodPathStatusLatency()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TokenAsync();
        await h.GetAsync(Paths.Widgets + "?page=1", token);
        await h.GetAsync(Paths.Job("nope"), token);

        var lines = h.Log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lines.Length);
        Assert.Matches(LinePattern(), lines[0]);
        Assert.StartsWith("POST /oauth/token 200 ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("GET /api/v1/omnichannel/webmessaging/widgets 200 ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("GET /api/v1/jobs/nope 404 ", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_NeverContainsTokensSecretsOrQueryStrings()
    {
        await using var h = await EmulatorHarness.StartAsync(o => new EmulatorOptions
        {
            TimeProvider = o.TimeProvider,
            RequestLog = o.RequestLog,
            Clients = [new EmulatorClient("ci", "very-secret-value", EmulatorScopes.All)],
        });
        var token = await h.TokenAsync(clientId: "ci", secret: "very-secret-value");
        await h.GetAsync($"{Paths.Widgets}?access_token={token}&client_secret=very-secret-value", token);

        var log = h.Log.ToString();

        Assert.DoesNotContain(token, log, StringComparison.Ordinal);
        Assert.DoesNotContain("very-secret-value", log, StringComparison.Ordinal);
        Assert.DoesNotContain("?", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_DroppedConnection_IsLoggedAsDropped()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TokenAsync();
        await Assert.ThrowsAsync<HttpRequestException>(() =>
            h.SendAsync(HttpMethod.Get, Paths.Widgets, token, null, new Dictionary<string, string> { ["X-Emulator-Fault"] = "drop" }));

        Assert.Contains("GET /api/v1/omnichannel/webmessaging/widgets dropped ", h.Log.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, h.Server.Statistics.ByStatusCode.GetValueOrDefault(0));
    }

    [Fact]
    public async Task Statistics_CountByRouteAndStatus()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TokenAsync();
        await h.GetAsync(Paths.Job("a"), token);
        await h.GetAsync(Paths.Job("b"), token);
        await h.GetAsync(Paths.Widgets, token);

        var stats = h.Server.Statistics;

        Assert.Equal(3, stats.TotalRequests);
        Assert.Equal(1, stats.TokenRequests);
        Assert.Equal(2, stats.CountFor("GET /api/v1/jobs/{jobId}"));
        Assert.Equal(2, stats.ByStatusCode[404]);
        Assert.Equal(2, stats.ByStatusCode[200]);
    }

    [GeneratedRegex(@"^[A-Z]+ /\S* \d{3} \d+\.\dms$")]
    private static partial Regex LinePattern();
}
