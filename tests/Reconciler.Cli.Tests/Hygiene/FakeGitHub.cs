using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Reconciler.Cli.Tests.Hygiene;

/// <summary>
/// A small stand-in for the GitHub REST API on 127.0.0.1 (after tests/Reconciler.GitHub.Tests'
/// FakeGitHubServer, which that project keeps internal): issue comments, the pull requests of a
/// commit, a forced status for every request, and a record of every request and its headers.
/// </summary>
internal sealed class FakeGitHub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<long, (int Issue, string Body)> _comments = new();
    private long _nextId = 500;

    private FakeGitHub(WebApplication app, string token)
    {
        _app = app;
        Token = token;
    }

    public string Token { get; }

    public Uri BaseUrl => new(_app.Urls.First().TrimEnd('/') + "/");

    public ConcurrentQueue<FakeGitHubRequest> Requests { get; } = new();

    /// <summary>When set, every request is answered with this status (401 bad credentials, 500 …).</summary>
    public int? ForcedStatus { get; set; }

    /// <summary>The merged pull request <c>GET /repos/{o}/{r}/commits/{sha}/pulls</c> names, for push events.</summary>
    public int MergedPullRequest { get; set; } = 7;

    public IReadOnlyList<string> CommentBodies(int issue) =>
        [.. _comments.OrderBy(c => c.Key).Where(c => c.Value.Issue == issue).Select(c => c.Value.Body)];

    public static async Task<FakeGitHub> StartAsync(string token)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeGitHub(app, token);
        server.Map(app);
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            Requests.Enqueue(new FakeGitHubRequest(
                context.Request.Method,
                context.Request.Path + context.Request.QueryString,
                body,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            context.Items["body"] = body;
            if (context.Request.Headers.Authorization != $"Bearer {Token}")
            {
                await Error(context, 401, "Bad credentials");
                return;
            }

            if (ForcedStatus is { } status)
            {
                await Error(context, status, status == 401 ? "Bad credentials" : "Server Error");
                return;
            }

            await next(context);
        });
        app.MapGet("/repos/{owner}/{repo}/issues/{number:int}/comments", (int number) =>
            Results.Json(_comments.Where(c => c.Value.Issue == number).OrderBy(c => c.Key).Select(c => Json(c.Key, c.Value.Issue, c.Value.Body))));
        app.MapPost("/repos/{owner}/{repo}/issues/{number:int}/comments", (HttpContext context, int number) =>
        {
            var id = Interlocked.Increment(ref _nextId);
            _comments[id] = (number, ReadBody(context));
            return Results.Json(Json(id, number, _comments[id].Body), statusCode: 201);
        });
        app.MapMethods("/repos/{owner}/{repo}/issues/comments/{id:long}", ["PATCH"], (HttpContext context, long id) =>
        {
            if (!_comments.TryGetValue(id, out var old))
            {
                return Results.Json(new { message = "Not Found" }, statusCode: 404);
            }

            _comments[id] = (old.Issue, ReadBody(context));
            return Results.Json(Json(id, old.Issue, _comments[id].Body));
        });
        app.MapGet("/repos/{owner}/{repo}/commits/{sha}/pulls", (string sha) => Results.Json(new[]
        {
            new { number = MergedPullRequest, merge_commit_sha = sha, merged_at = "2026-01-01T00:00:00Z", html_url = $"https://github.example/o/r/pull/{MergedPullRequest}" },
        }));
    }

    private static string ReadBody(HttpContext context)
    {
        using var document = JsonDocument.Parse((string)context.Items["body"]!);
        return document.RootElement.GetProperty("body").GetString() ?? "";
    }

    private static object Json(long id, int issue, string body) => new
    {
        id,
        body,
        html_url = $"https://github.example/o/r/pull/{issue}#issuecomment-{id}",
        user = new { login = "github-actions[bot]", type = "Bot" },
    };

    private static Task Error(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { message, documentation_url = "https://docs.github.com/rest" });
    }
}
