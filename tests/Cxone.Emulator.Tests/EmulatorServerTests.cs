using System.Net;
using System.Net.Sockets;
using Cxone.Emulator.Tests.Support;

namespace Cxone.Emulator.Tests;

public sealed class EmulatorServerTests
{
    [Fact]
    public async Task StartAsync_DefaultPort_BindsAFreeLoopbackPort()
    {
        await using var h = await EmulatorHarness.StartAsync();

        Assert.Equal("127.0.0.1", h.Server.BaseUrl.Host);
        Assert.NotEqual(0, h.Server.BaseUrl.Port);
        Assert.EndsWith("/", h.Server.BaseUrl.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ListensOnLoopbackOnly()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var external = Dns.GetHostAddresses(Dns.GetHostName()).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        if (external is null)
        {
            // No non-loopback interface on this machine: nothing else could reach the port anyway.
            return;
        }

        using var client = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(external, h.Server.BaseUrl.Port));
    }

    [Fact]
    public async Task StartAsync_PortInUse_ThrowsIOException()
    {
        await using var first = await EmulatorHarness.StartAsync();

        await Assert.ThrowsAnyAsync<IOException>(() => EmulatorServer.StartAsync(new EmulatorOptions { Port = first.Server.BaseUrl.Port, RequestLog = TextWriter.Null }));
    }

    [Theory]
    [InlineData(-1, 0, 0)]
    [InlineData(0, 1.5, 0)]
    [InlineData(0, 0, -0.1)]
    public async Task StartAsync_OptionOutOfRange_ThrowsArgumentExceptionNamingIt(int port, double faultRate, double jobFailureRate)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => EmulatorServer.StartAsync(
            new EmulatorOptions { Port = port, FaultRate = faultRate, JobFailureRate = jobFailureRate, RequestLog = TextWriter.Null }));

        Assert.Matches("Port|FaultRate|JobFailureRate", error.Message);
    }

    [Fact]
    public async Task StartAsync_ClientWithUnknownScope_Throws()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => EmulatorServer.StartAsync(
            new EmulatorOptions { Clients = [new EmulatorClient("a", "b", ["admin:everything"])], RequestLog = TextWriter.Null }));

        Assert.Contains("admin:everything", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopAsync_Twice_IsHarmless()
    {
        var server = await EmulatorServer.StartAsync(new EmulatorOptions { RequestLog = TextWriter.Null });

        await server.StopAsync();
        await server.StopAsync();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task RealClock_JobCompletesAfterItsLatency()
    {
        var log = new StringWriter();
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { RequestLog = log, JobLatency = TimeSpan.FromMilliseconds(20) });
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        var tokenResponse = await http.PostAsync("oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "local", ["client_secret"] = "local",
        }));
        var token = System.Text.Json.Nodes.JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var submitted = await http.PostAsync(Paths.Templates.TrimStart('/'), new StringContent(Payloads.Template().ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);

        await Task.Delay(200);
        var listed = System.Text.Json.Nodes.JsonNode.Parse(await http.GetStringAsync(Paths.Templates.TrimStart('/')))!;

        Assert.Equal(1, listed["total_items"]!.GetValue<int>());
    }

    [Fact]
    public void EmulatorClient_ToString_NeverShowsTheSecret()
    {
        var client = new EmulatorClient("ci", "hunter2-secret", [EmulatorScopes.AnalyticsRead]);

        Assert.DoesNotContain("hunter2-secret", client.ToString(), StringComparison.Ordinal);
        Assert.Contains("ci", client.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiCall_UnexpectedFailure_Is500JsonWithoutStackTrace()
    {
        var clock = new FailingClock();
        await using var h = await EmulatorHarness.StartAsync(o => new EmulatorOptions { TimeProvider = clock, RequestLog = o.RequestLog });
        var token = await h.TokenAsync();
        clock.Fail = true;

        var response = await h.SendAsync(HttpMethod.Get, Paths.Templates, token);

        Assert.Equal(500, response.Status);
        Assert.Equal("server_error", response.Error);
        Assert.DoesNotContain(" at ", response.Body, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: clock broke", h.Log.ToString(), StringComparison.Ordinal);
    }

    private sealed class FailingClock : TimeProvider
    {
        public volatile bool Fail;

        public override DateTimeOffset GetUtcNow() => Fail ? throw new InvalidOperationException("clock broke") : base.GetUtcNow();
    }
}
