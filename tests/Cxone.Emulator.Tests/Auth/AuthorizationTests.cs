using Cxone.Emulator.Tests.Support;

namespace Cxone.Emulator.Tests.Auth;

public sealed class AuthorizationTests
{
    [Fact]
    public async Task ApiCall_WithoutToken_Is401WithBearerChallenge()
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.Http.GetAsync(Paths.Templates.TrimStart('/'));

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiCall_UnknownToken_Is401Unauthorized()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var response = await h.SendAsync(HttpMethod.Get, Paths.Templates, "not-a-token");

        Assert.Equal(401, response.Status);
        Assert.Equal("unauthorized", response.Error);
    }

    [Fact]
    public async Task ApiCall_TokenPastItsTtl_Is401ThenNewTokenWorks()
    {
        await using var h = await EmulatorHarness.StartAsync(o => new EmulatorOptions { TimeProvider = o.TimeProvider, RequestLog = o.RequestLog, TokenTtl = TimeSpan.FromMinutes(10) });
        var token = await h.TokenAsync();
        Assert.Equal(200, (await h.SendAsync(HttpMethod.Get, Paths.Templates, token)).Status);

        h.Clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(200, (await h.SendAsync(HttpMethod.Get, Paths.Templates, token)).Status);
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        var expired = await h.SendAsync(HttpMethod.Get, Paths.Templates, token);

        Assert.Equal(401, expired.Status);
        Assert.Contains("expired", expired.Message, StringComparison.Ordinal);
        Assert.Equal(200, (await h.SendAsync(HttpMethod.Get, Paths.Templates, await h.TokenAsync())).Status);
    }

    [Theory]
    [InlineData("GET", Paths.Templates, EmulatorScopes.TemplatesRead)]
    [InlineData("POST", Paths.Templates, EmulatorScopes.TemplatesWrite)]
    [InlineData("GET", "/api/v1/jobs/job-1", EmulatorScopes.TemplatesRead)]
    [InlineData("GET", Paths.Widgets, EmulatorScopes.WebMessagingRead)]
    [InlineData("POST", Paths.Widgets + "/w-1/themes", EmulatorScopes.WebMessagingWrite)]
    [InlineData("PUT", Paths.Widgets + "/w-1/theme-assignments", EmulatorScopes.ConfigWrite)]
    [InlineData("POST", Paths.BatchSync, EmulatorScopes.ConfigWrite)]
    [InlineData("GET", Paths.Performance, EmulatorScopes.AnalyticsRead)]
    public async Task ApiCall_TokenWithoutScope_Is403NamingTheScope(string method, string path, string missing)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var others = string.Join(' ', EmulatorScopes.All.Where(s => s != missing));
        var token = await h.TokenAsync(others);

        var response = await h.SendAsync(new HttpMethod(method), path, token, method == "GET" ? null : new System.Text.Json.Nodes.JsonObject());

        Assert.Equal(403, response.Status);
        Assert.Equal("insufficient_scope", response.Error);
        Assert.Equal(missing, response.Json["scope"]!.GetValue<string>());
        Assert.Contains(missing, response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiCall_AfterRestart_OldTokenIs401()
    {
        var path = Path.Combine(Path.GetTempPath(), "emu-auth-" + Guid.NewGuid().ToString("N"), "state.json");
        string token;
        await using (var first = await EmulatorHarness.StartAsync(o => new EmulatorOptions { TimeProvider = o.TimeProvider, RequestLog = o.RequestLog, StatePath = path }))
        {
            token = await first.TokenAsync();
        }

        await using var second = await EmulatorHarness.StartAsync(o => new EmulatorOptions { TimeProvider = o.TimeProvider, RequestLog = o.RequestLog, StatePath = path });
        Assert.Equal(401, (await second.SendAsync(HttpMethod.Get, Paths.Templates, token)).Status);
    }

    [Fact]
    public async Task UnknownRoute_Is404NotFoundJson()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var response = await h.SendAsync(HttpMethod.Get, "/api/v1/nothing-here", await h.TokenAsync());

        Assert.Equal(404, response.Status);
        Assert.Equal("not_found", response.Error);
    }
}
