using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Polly;

namespace Reconciler.GitHub.Api;

/// <summary>
/// A typed client for the GitHub REST calls in <see cref="IGitHubClient"/>, over one
/// <see cref="HttpClient"/>, with retries from <see cref="GitHubRetry"/>. The token goes only into
/// the Authorization header of requests to the configured API host.
/// </summary>
internal sealed partial class GitHubClient : IGitHubClient, IDisposable
{
    /// <summary>Stop paging after this many pages (10,000 comments): a runaway Link chain must end.</summary>
    internal const int MaxPages = 100;

    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http;
    private readonly Uri _apiBase;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly ResiliencePipeline<HttpResponseMessage> _createPipeline;
    private readonly TimeProvider _time;

    public GitHubClient(Uri apiUrl, string token, HttpMessageHandler? handler, TimeProvider time, ILogger logger)
    {
        _apiBase = new Uri(apiUrl.AbsoluteUri.TrimEnd('/') + "/");
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = AttemptTimeout;
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.github+json"));
        _http.DefaultRequestHeaders.Add("X-GitHub-Api-Version", "2022-11-28");
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("cxone-reconciler", "1.0"));
        _time = time;
        _pipeline = GitHubRetry.Create(time, logger);
        _createPipeline = GitHubRetry.Create(time, logger, onlyRejections: true);
    }

    public async Task<IReadOnlyList<GitHubComment>> ListIssueCommentsAsync(string repository, int number, CancellationToken cancellationToken)
    {
        var comments = new List<GitHubComment>();
        Uri? next = Relative(Invariant($"repos/{Repo(repository)}/issues/{number}/comments?per_page=100"));
        for (var page = 0; next is not null; page++)
        {
            if (page == MaxPages)
            {
                throw new GitHubApiException($"GitHub listed more than {MaxPages} pages of comments; stopped paging.", null, isTransient: false);
            }

            using var response = await SendAsync(HttpMethod.Get, next, body: null, cancellationToken).ConfigureAwait(false);
            using var document = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
            foreach (var element in document.RootElement.EnumerateArray())
            {
                comments.Add(ReadComment(element));
            }

            next = LinkHeader.Next(response.Headers.TryGetValues("Link", out var links) ? links : null);
            if (next is not null && !SameOrigin(next))
            {
                // The token must never travel to another host, whatever a Link header says.
                throw new GitHubApiException($"GitHub's next-page link points to another host ({next.Host}); refusing to follow it.", null, isTransient: false);
            }
        }

        return comments;
    }

    public async Task<GitHubComment> CreateIssueCommentAsync(string repository, int number, string body, CancellationToken cancellationToken)
    {
        var url = Relative(Invariant($"repos/{Repo(repository)}/issues/{number}/comments"));
        // Not retried on 5xx here: the comment may exist although the answer was lost (see ReportComments).
        using var response = await SendAsync(HttpMethod.Post, url, body, cancellationToken).ConfigureAwait(false);
        using var document = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        return ReadComment(document.RootElement);
    }

    public async Task<GitHubComment> UpdateIssueCommentAsync(string repository, long commentId, string body, CancellationToken cancellationToken)
    {
        var url = Relative(Invariant($"repos/{Repo(repository)}/issues/comments/{commentId}"));
        using var response = await SendAsync(HttpMethod.Patch, url, body, cancellationToken).ConfigureAwait(false);
        using var document = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        return ReadComment(document.RootElement);
    }

    public async Task<IReadOnlyList<GitHubPullRequest>> ListPullRequestsForCommitAsync(string repository, string sha, CancellationToken cancellationToken)
    {
        if (!ShaPattern().IsMatch(sha))
        {
            throw new GitHubApiException($"'{sha}' is not a commit id; set GITHUB_SHA to the full commit id.", null, isTransient: false);
        }

        var url = Relative($"repos/{Repo(repository)}/commits/{sha}/pulls");
        using var response = await SendAsync(HttpMethod.Get, url, body: null, cancellationToken).ConfigureAwait(false);
        using var document = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        return [.. document.RootElement.EnumerateArray().Select(ReadPullRequest)];
    }

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri url, string? body, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            var pipeline = method == HttpMethod.Post ? _createPipeline : _pipeline;
            response = await pipeline.ExecuteAsync(
                async ct =>
                {
                    // A request message cannot be sent twice: build one per attempt.
                    using var request = new HttpRequestMessage(method, url);
                    if (body is not null)
                    {
                        request.Content = new StringContent(JsonSerializer.Serialize(new { body }), Encoding.UTF8, "application/json");
                    }

                    return await _http.SendAsync(request, ct).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new GitHubApiException($"GitHub API {method} /{PathOf(url)} did not answer: {ex.Message}", null, isTransient: true, ex);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var reason = await ReasonAsync(response, cancellationToken).ConfigureAwait(false);
            var transient = GitHubRetry.IsTransient(response, _time.GetUtcNow()) || (int)response.StatusCode >= 500;
            throw new GitHubApiException(
                $"GitHub API {method} /{PathOf(url)} answered {(int)response.StatusCode} {response.ReasonPhrase}: {reason}",
                response.StatusCode,
                transient);
        }
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new GitHubApiException($"GitHub API answered with JSON that could not be read: {ex.Message}", response.StatusCode, isTransient: false, ex);
        }
    }

    /// <summary>GitHub's own explanation (<c>{"message": …}</c>), shortened; the body otherwise.</summary>
    private static async Task<string> ReasonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
            {
                text = message.GetString() ?? "";
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's error page): show the start of it as it is.
        }

        text = text.ReplaceLineEndings(" ").Trim();
        return text.Length > 300 ? text[..300] + "…" : text.Length == 0 ? "(no message)" : text;
    }

    private static GitHubComment ReadComment(JsonElement element)
    {
        var user = element.TryGetProperty("user", out var u) && u.ValueKind == JsonValueKind.Object ? u : default;
        return new GitHubComment(
            element.GetProperty("id").GetInt64(),
            String(element, "body") ?? "",
            user.ValueKind == JsonValueKind.Object ? String(user, "login") : null,
            user.ValueKind == JsonValueKind.Object && string.Equals(String(user, "type"), "Bot", StringComparison.Ordinal),
            String(element, "html_url"));
    }

    private static GitHubPullRequest ReadPullRequest(JsonElement element) => new(
        element.GetProperty("number").GetInt32(),
        String(element, "merge_commit_sha"),
        element.TryGetProperty("merged_at", out var merged) && merged.ValueKind == JsonValueKind.String,
        String(element, "html_url"));

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private Uri Relative(string path) => new(_apiBase, path);

    private bool SameOrigin(Uri url) =>
        Uri.Compare(url, _apiBase, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private string PathOf(Uri url) => Uri.UnescapeDataString(_apiBase.MakeRelativeUri(url).OriginalString.Split('?')[0]);

    private static string Repo(string repository) =>
        RepositoryPattern().IsMatch(repository)
            ? repository
            : throw new GitHubApiException($"'{repository}' is not a repository name; GITHUB_REPOSITORY must be owner/name.", null, isTransient: false);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")]
    private static partial Regex RepositoryPattern();

    [GeneratedRegex("^[0-9a-fA-F]{40,64}$")]
    private static partial Regex ShaPattern();
}
