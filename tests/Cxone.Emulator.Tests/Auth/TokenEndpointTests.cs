using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Cxone.Emulator.Tests.Support;

namespace Cxone.Emulator.Tests.Auth;

public sealed class TokenEndpointTests
{
    private static async Task<(int Status, JsonNode? Body)> RequestAsync(EmulatorHarness h, Dictionary<string, string> form, string? basic = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth/token") { Content = new FormUrlEncodedContent(form) };
        if (basic is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(basic)));
        }

        using var response = await h.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length > 0 ? JsonNode.Parse(text) : null);
    }

    [Fact]
    public async Task Token_FormCredentials_GrantsEveryScopeOfDefaultClient()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (status, body) = await RequestAsync(h, new() { ["grant_type"] = "client_credentials", ["client_id"] = "local", ["client_secret"] = "local" });

        Assert.Equal(200, status);
        Assert.Equal("Bearer", body!["token_type"]!.GetValue<string>());
        Assert.Equal(3600, body["expires_in"]!.GetValue<long>());
        Assert.Equal(EmulatorScopes.All.Order(StringComparer.Ordinal), body["scope"]!.GetValue<string>().Split(' '));
        Assert.True(body["access_token"]!.GetValue<string>().Length >= 40);
    }

    [Fact]
    public async Task Token_HttpBasicAsThemeTutorial_Succeeds()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (status, body) = await RequestAsync(h, new() { ["grant_type"] = "client_credentials" }, basic: "local:local");

        Assert.Equal(200, status);
        Assert.NotNull(body!["access_token"]);
    }

    [Fact]
    public async Task Token_TemplateTutorialScopes_GrantsExactlyThose()
    {
        await using var h = await EmulatorHarness.StartAsync();
        const string scope = "interactions.digital.templates.read interactions.digital.templates.write interactions.digital.messages.write";
        var (status, body) = await RequestAsync(h, new() { ["grant_type"] = "client_credentials", ["client_id"] = "local", ["client_secret"] = "local", ["scope"] = scope });

        Assert.Equal(200, status);
        Assert.Equal(scope.Split(' ').Order(StringComparer.Ordinal), body!["scope"]!.GetValue<string>().Split(' '));
    }

    [Fact]
    public async Task Token_WrongSecret_Is401InvalidClient()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (status, body) = await RequestAsync(h, new() { ["grant_type"] = "client_credentials", ["client_id"] = "local", ["client_secret"] = "nope" });

        Assert.Equal(401, status);
        Assert.Equal("invalid_client", body!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Token_UnknownClientOverBasic_Is401()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (status, body) = await RequestAsync(h, new() { ["grant_type"] = "client_credentials" }, basic: "someone:local");

        Assert.Equal(401, status);
        Assert.Equal("invalid_client", body!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Token_NoCredentials_Is401()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (status, _) = await RequestAsync(h, new() { ["grant_type"] = "client_credentials" });

        Assert.Equal(401, status);
    }

    [Fact]
    public async Task Token_WrongGrantType_Is400UnsupportedGrantType()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (status, body) = await RequestAsync(h, new() { ["grant_type"] = "password", ["client_id"] = "local", ["client_secret"] = "local" });

        Assert.Equal(400, status);
        Assert.Equal("unsupported_grant_type", body!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Token_JsonInsteadOfForm_Is400()
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.Http.PostAsync("oauth/token", new StringContent("{\"grant_type\":\"client_credentials\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("x-www-form-urlencoded", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_ScopeBeyondClient_Is400InvalidScopeNamingIt()
    {
        await using var h = await EmulatorHarness.StartAsync(o => new EmulatorOptions
        {
            TimeProvider = o.TimeProvider,
            RequestLog = o.RequestLog,
            Clients = [new EmulatorClient("reader", "pw", [EmulatorScopes.TemplatesRead])],
        });
        var (status, body) = await RequestAsync(h, new()
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "reader", ["client_secret"] = "pw", ["scope"] = "interactions.digital.templates.write",
        });

        Assert.Equal(400, status);
        Assert.Equal("invalid_scope", body!["error"]!.GetValue<string>());
        Assert.Contains("interactions.digital.templates.write", body["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_ConfiguredClients_ReplaceDefaultClient()
    {
        await using var h = await EmulatorHarness.StartAsync(o => new EmulatorOptions
        {
            TimeProvider = o.TimeProvider,
            RequestLog = o.RequestLog,
            Clients = [new EmulatorClient("ci", "s3cret", EmulatorScopes.All)],
        });

        var (local, _) = await RequestAsync(h, new() { ["grant_type"] = "client_credentials" }, basic: "local:local");
        var (ci, _) = await RequestAsync(h, new() { ["grant_type"] = "client_credentials" }, basic: "ci:s3cret");

        Assert.Equal(401, local);
        Assert.Equal(200, ci);
    }

    [Fact]
    public async Task Token_ConfiguredTtl_IsReportedInExpiresIn()
    {
        await using var h = await EmulatorHarness.StartAsync(o => new EmulatorOptions { TimeProvider = o.TimeProvider, RequestLog = o.RequestLog, TokenTtl = TimeSpan.FromSeconds(90) });
        var (_, body) = await RequestAsync(h, new() { ["grant_type"] = "client_credentials" }, basic: "local:local");

        Assert.Equal(90, body!["expires_in"]!.GetValue<long>());
    }
}
