using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Cxone.Emulator.Tests.Support;

/// <summary>An emulator on a free loopback port, an HttpClient aimed at it, and helpers to call it over real HTTP.</summary>
internal sealed class EmulatorHarness : IAsyncDisposable
{
    private EmulatorHarness(EmulatorServer server, ManualTimeProvider clock, StringWriter log)
    {
        Server = server;
        Clock = clock;
        Log = log;
        Http = new HttpClient { BaseAddress = server.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public EmulatorServer Server { get; }

    public ManualTimeProvider Clock { get; }

    public StringWriter Log { get; }

    public HttpClient Http { get; }

    /// <summary>Starts an emulator on a manual clock; <paramref name="configure"/> adjusts the options.</summary>
    public static async Task<EmulatorHarness> StartAsync(Func<EmulatorOptions, EmulatorOptions>? configure = null, ManualTimeProvider? clock = null)
    {
        clock ??= new ManualTimeProvider();
        var log = new StringWriter();
        var options = new EmulatorOptions { TimeProvider = clock, RequestLog = log, Seed = 42, JobLatency = TimeSpan.FromSeconds(2) };
        options = configure?.Invoke(options) ?? options;
        var server = await EmulatorServer.StartAsync(options);
        return new EmulatorHarness(server, clock, log);
    }

    /// <summary>Gets a token for the default client (or the given one), optionally for some scopes only.</summary>
    public async Task<string> TokenAsync(string? scope = null, string clientId = "local", string secret = "local")
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        using var response = await Http.PostAsync("oauth/token", new FormUrlEncodedContent(form));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"token request failed: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!["access_token"]!.GetValue<string>();
    }

    /// <summary>Sends a request with a bearer token (and a JSON body when given); returns status, body and headers.</summary>
    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, string? token, JsonNode? body = null, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new ApiResponse((int)response.StatusCode, text, response.Headers.RetryAfter?.Delta);
    }

    public async Task<ApiResponse> GetAsync(string path, string? token = null) =>
        await SendAsync(HttpMethod.Get, path, token ?? await TokenAsync());

    public async Task<ApiResponse> PostAsync(string path, JsonNode body, string? token = null) =>
        await SendAsync(HttpMethod.Post, path, token ?? await TokenAsync(), body);

    public async Task<ApiResponse> PutAsync(string path, JsonNode body, string? token = null) =>
        await SendAsync(HttpMethod.Put, path, token ?? await TokenAsync(), body);

    /// <summary>Submits a template and moves the clock past its job, so the version exists.</summary>
    public async Task<string> CreateTemplateAsync(JsonObject payload, string? token = null)
    {
        var submitted = await PostAsync(Paths.Templates, payload, token);
        Assert.Equal(202, submitted.Status);
        Clock.Advance(TimeSpan.FromSeconds(5));
        return submitted.Json["jobId"]!.GetValue<string>();
    }

    /// <summary>Publishes a theme and moves the clock past its activation.</summary>
    public async Task PublishActiveThemeAsync(string widgetId, JsonObject theme, string? token = null)
    {
        var published = await PostAsync(Paths.WidgetThemes(widgetId), theme, token);
        Assert.True(published.Status == 202, published.Body);
        Clock.Advance(TimeSpan.FromSeconds(5));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}

/// <summary>What came back: status, raw body, parsed JSON and Retry-After.</summary>
internal sealed record ApiResponse(int Status, string Body, TimeSpan? RetryAfter)
{
    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("empty body");

    public string Error => Json["error"]!.GetValue<string>();

    public string Message => Json["message"]!.GetValue<string>();
}
