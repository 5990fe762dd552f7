using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Reconciler.GitHub.Tests.Fakes;

/// <summary>
/// A local stand-in for the GitHub REST API on 127.0.0.1: issue comments (paged with Link
/// headers), editing, the pull requests of a commit, GitHub's 65,536-character body limit, a
/// read-only-token mode (fork pull requests), injected failures, and a record of every request.
/// </summary>
internal sealed class FakeGitHubServer : IAsyncDisposable
{
    public const string Token = "ghs_FAKE_SECRET_TOKEN_0123456789abcdef";
    public const int MaxBodyCharacters = 65_536;

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<InjectedFailure> _failures = new();
    private readonly List<FakeComment> _comments = [];
    private readonly Lock _gate = new();
    private long _nextId = 1_000;

    private FakeGitHubServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The pull requests <c>GET /repos/{o}/{r}/commits/{sha}/pulls</c> answers, by sha.</summary>
    public Dictionary<string, List<object>> PullsByCommit { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>When true, writes answer 403 "Resource not accessible by integration", as for a fork's token.</summary>
    public bool ReadOnlyToken { get; set; }

    /// <summary>When true, the next create stores the comment but answers 502, as when GitHub's answer is lost.</summary>
    public bool LoseNextCreateAnswer { get; set; }

    /// <summary>Comments per page when the client does not ask; GitHub's default is 30.</summary>
    public int DefaultPageSize { get; set; } = 30;

    public static async Task<FakeGitHubServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var server = new FakeGitHubServer(app);
        server.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address + "/");
        return server;
    }

    public IReadOnlyList<FakeComment> Comments(int issue)
    {
        lock (_gate)
        {
            return [.. _comments.Where(c => c.Issue == issue)];
        }
    }

    public FakeComment AddComment(int issue, string body, string login = "someone", bool isBot = false)
    {
        lock (_gate)
        {
            var comment = new FakeComment { Id = ++_nextId, Issue = issue, Body = body, Login = login, IsBot = isBot };
            _comments.Add(comment);
            return comment;
        }
    }

    public void Fail(string method, string pathContains, int status, string message = "Server Error", IReadOnlyDictionary<string, string>? headers = null) =>
        _failures.Enqueue(new InjectedFailure(method, pathContains, status, headers ?? new Dictionary<string, string>(), message));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            context.Request.EnableBuffering();
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            context.Request.Body.Position = 0;
            Requests.Enqueue(new RecordedRequest(
                context.Request.Method,
                context.Request.Path + context.Request.QueryString,
                body,
                context.Request.Headers.Authorization.FirstOrDefault(),
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));

            if (context.Request.Headers.Authorization != $"Bearer {Token}")
            {
                await Error(context, 401, "Bad credentials");
                return;
            }

            if (Failure(context.Request) is { } failure)
            {
                foreach (var (name, value) in failure.Headers)
                {
                    context.Response.Headers[name] = value;
                }

                await Error(context, failure.Status, failure.Message);
                return;
            }

            await next(context);
        });

        app.MapGet("/repos/{owner}/{repo}/issues/{number:int}/comments", (HttpContext context, int number) => ListComments(context, number));
        app.MapPost("/repos/{owner}/{repo}/issues/{number:int}/comments", (HttpContext context, int number) => CreateComment(context, number));
        app.MapMethods("/repos/{owner}/{repo}/issues/comments/{id:long}", ["PATCH"], (HttpContext context, long id) => UpdateComment(context, id));
        app.MapGet("/repos/{owner}/{repo}/commits/{sha}/pulls", (string sha) =>
            Results.Json(PullsByCommit.TryGetValue(sha, out var pulls) ? pulls : []));
    }

    private InjectedFailure? Failure(HttpRequest request)
    {
        if (_failures.TryPeek(out var next) && next.Method == request.Method && request.Path.Value!.Contains(next.PathContains, StringComparison.Ordinal))
        {
            _failures.TryDequeue(out _);
            return next;
        }

        return null;
    }

    private IResult ListComments(HttpContext context, int number)
    {
        var query = context.Request.Query;
        var perPage = int.TryParse(query["per_page"], CultureInfo.InvariantCulture, out var p) ? Math.Clamp(p, 1, 100) : DefaultPageSize;
        var page = int.TryParse(query["page"], CultureInfo.InvariantCulture, out var k) ? Math.Max(1, k) : 1;
        var all = Comments(number);
        var pages = Math.Max(1, (all.Count + perPage - 1) / perPage);
        if (page < pages)
        {
            var path = context.Request.Path.Value;
            var host = $"{context.Request.Scheme}://{context.Request.Host}";
            context.Response.Headers["Link"] =
                $"<{host}{path}?per_page={perPage}&page={page + 1}>; rel=\"next\", <{host}{path}?per_page={perPage}&page={pages}>; rel=\"last\"";
        }

        return Results.Json(all.Skip((page - 1) * perPage).Take(perPage).Select(Json));
    }

    private async Task<IResult> CreateComment(HttpContext context, int number)
    {
        if (ReadOnlyToken)
        {
            return Results.Json(new { message = "Resource not accessible by integration" }, statusCode: 403);
        }

        var body = await ReadBody(context);
        if (body is null || body.Length > MaxBodyCharacters)
        {
            return Results.Json(new { message = "Validation Failed: body is too long (maximum is 65536 characters)" }, statusCode: 422);
        }

        var comment = AddComment(number, body, "github-actions[bot]", isBot: true);
        if (LoseNextCreateAnswer)
        {
            LoseNextCreateAnswer = false;
            return Results.Json(new { message = "Bad Gateway" }, statusCode: 502);
        }

        return Results.Json(Json(comment), statusCode: 201);
    }

    private async Task<IResult> UpdateComment(HttpContext context, long id)
    {
        if (ReadOnlyToken)
        {
            return Results.Json(new { message = "Resource not accessible by integration" }, statusCode: 403);
        }

        var body = await ReadBody(context);
        if (body is null || body.Length > MaxBodyCharacters)
        {
            return Results.Json(new { message = "Validation Failed: body is too long (maximum is 65536 characters)" }, statusCode: 422);
        }

        lock (_gate)
        {
            var comment = _comments.FirstOrDefault(c => c.Id == id);
            if (comment is null)
            {
                return Results.Json(new { message = "Not Found" }, statusCode: 404);
            }

            comment.Body = body;
            return Results.Json(Json(comment));
        }
    }

    private static async Task<string?> ReadBody(HttpContext context)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body);
            return document.RootElement.TryGetProperty("body", out var body) ? body.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static object Json(FakeComment comment) => new
    {
        id = comment.Id,
        body = comment.Body,
        html_url = $"https://github.example/o/r/pull/{comment.Issue}#issuecomment-{comment.Id}",
        user = new { login = comment.Login, type = comment.IsBot ? "Bot" : "User" },
    };

    private static async Task Error(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new { message, documentation_url = "https://docs.github.com/rest" });
    }
}
