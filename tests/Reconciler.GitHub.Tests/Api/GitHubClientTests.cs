using System.Net;
using System.Text;
using Reconciler.GitHub.Api;
using Reconciler.GitHub.Tests.Fakes;

namespace Reconciler.GitHub.Tests.Api;

public sealed class GitHubClientTests : IAsyncLifetime
{
    private const string Repo = "acme/content";
    private readonly InstantTimeProvider _time = new();
    private readonly ListLogger _logger = new();
    private FakeGitHubServer _server = null!;
    private GitHubClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeGitHubServer.StartAsync();
        _client = new GitHubClient(_server.BaseUrl, FakeGitHubServer.Token, handler: null, _time, _logger);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task ListIssueCommentsAsync_150Comments_FollowsTheLinkHeaderToThe2ndPage()
    {
        for (var i = 0; i < 150; i++)
        {
            _server.AddComment(5, "comment " + i);
        }

        var comments = await _client.ListIssueCommentsAsync(Repo, 5, CancellationToken.None);

        Assert.Equal(150, comments.Count);
        Assert.Equal("comment 149", comments[^1].Body);
        var gets = _server.Requests.Where(r => r.Method == "GET").Select(r => r.PathAndQuery).ToList();
        Assert.Equal(["/repos/acme/content/issues/5/comments?per_page=100", "/repos/acme/content/issues/5/comments?per_page=100&page=2"], gets);
    }

    [Fact]
    public async Task CreateIssueCommentAsync_Always_SendsGitHubsHeadersAndTheBodyAsJson()
    {
        var comment = await _client.CreateIssueCommentAsync(Repo, 5, "hello \"world\"", CancellationToken.None);

        Assert.Equal("hello \"world\"", comment.Body);
        Assert.Equal("github-actions[bot]", comment.AuthorLogin);
        Assert.True(comment.AuthorIsBot);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("Bearer " + FakeGitHubServer.Token, request.Authorization);
        Assert.Equal("application/vnd.github+json", request.Headers["Accept"]);
        Assert.Equal("2022-11-28", request.Headers["X-GitHub-Api-Version"]);
        Assert.StartsWith("cxone-reconciler/", request.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.Equal("{\"body\":\"hello \\u0022world\\u0022\"}", request.Body);
    }

    [Fact]
    public async Task UpdateIssueCommentAsync_502ThenSuccess_RetriesAfterBackoff()
    {
        var comment = _server.AddComment(5, "old", "github-actions[bot]", isBot: true);
        _server.Fail("PATCH", "/comments/", 502, "Bad Gateway");

        var updated = await _client.UpdateIssueCommentAsync(Repo, comment.Id, "new", CancellationToken.None);

        Assert.Equal("new", updated.Body);
        Assert.Equal(2, _server.Requests.Count(r => r.Method == "PATCH"));
        Assert.Equal([TimeSpan.FromSeconds(1)], _time.Delays);
        Assert.Contains("502", _logger.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateIssueCommentAsync_502_IsNotRetriedBecauseTheCommentMayExist()
    {
        _server.Fail("POST", "/comments", 502, "Bad Gateway");

        var error = await Assert.ThrowsAsync<GitHubApiException>(() => _client.CreateIssueCommentAsync(Repo, 5, "body", CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task CreateIssueCommentAsync_SecondaryRateLimit_IsRetriedBecauseNothingWasDone()
    {
        _server.Fail("POST", "/comments", 429, "secondary rate limit", new Dictionary<string, string> { ["Retry-After"] = "3" });

        await _client.CreateIssueCommentAsync(Repo, 5, "body", CancellationToken.None);

        Assert.Single(_server.Comments(5));
        Assert.Equal([TimeSpan.FromSeconds(3)], _time.Delays);
    }

    [Fact]
    public async Task UpdateIssueCommentAsync_SecondaryRateLimitWithRetryAfter_WaitsAsLongAsAskedThenSucceeds()
    {
        var comment = _server.AddComment(5, "old", "github-actions[bot]", isBot: true);
        _server.Fail("PATCH", "/comments/", 403, "You have exceeded a secondary rate limit", new Dictionary<string, string> { ["Retry-After"] = "7" });

        var updated = await _client.UpdateIssueCommentAsync(Repo, comment.Id, "new", CancellationToken.None);

        Assert.Equal("new", updated.Body);
        Assert.Equal([TimeSpan.FromSeconds(7)], _time.Delays);
    }

    [Fact]
    public async Task CreateIssueCommentAsync_ReadOnlyToken403_IsTerminalAndNotRetried()
    {
        _server.ReadOnlyToken = true;

        var error = await Assert.ThrowsAsync<GitHubApiException>(() => _client.CreateIssueCommentAsync(Repo, 5, "body", CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.False(error.IsTransient);
        Assert.Contains("Resource not accessible by integration", error.Message, StringComparison.Ordinal);
        Assert.Contains("POST /repos/acme/content/issues/5/comments", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
        Assert.Empty(_time.Delays);
    }

    [Fact]
    public async Task ListIssueCommentsAsync_ServerErrorsPersist_GivesUpAfterFourAttemptsWithExponentialBackoff()
    {
        for (var i = 0; i < 4; i++)
        {
            _server.Fail("GET", "/comments", 503, "Service Unavailable");
        }

        var error = await Assert.ThrowsAsync<GitHubApiException>(() => _client.ListIssueCommentsAsync(Repo, 5, CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(4, _server.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], _time.Delays);
    }

    [Fact]
    public async Task CreateIssueCommentAsync_PrimaryLimitResetsInAnHour_FailsAtOnceInsteadOfStalling()
    {
        var reset = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        _server.Fail("POST", "/comments", 403, "API rate limit exceeded", new Dictionary<string, string> { ["x-ratelimit-remaining"] = "0", ["x-ratelimit-reset"] = reset });

        var error = await Assert.ThrowsAsync<GitHubApiException>(() => _client.CreateIssueCommentAsync(Repo, 5, "body", CancellationToken.None));

        Assert.Contains("API rate limit exceeded", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task ListIssueCommentsAsync_BadToken_ThrowsWithoutTheToken()
    {
        using var client = new GitHubClient(_server.BaseUrl, "ghp_WRONG_TOKEN_987", handler: null, _time, _logger);

        var error = await Assert.ThrowsAsync<GitHubApiException>(() => client.ListIssueCommentsAsync(Repo, 5, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Contains("Bad credentials", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ghp_WRONG_TOKEN_987", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("ghp_WRONG_TOKEN_987", _logger.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListIssueCommentsAsync_NextLinkToAnotherHost_RefusesToSendTheTokenThere()
    {
        using var handler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent("[]", Encoding.UTF8, "application/json"),
            Headers = { { "Link", "<https://evil.example/steal?page=2>; rel=\"next\"" } },
        });
        using var client = new GitHubClient(new Uri("https://api.github.com"), FakeGitHubServer.Token, handler, _time, _logger);

        var error = await Assert.ThrowsAsync<GitHubApiException>(() => client.ListIssueCommentsAsync(Repo, 5, CancellationToken.None));

        Assert.Contains("evil.example", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task ListIssueCommentsAsync_NetworkFailsEveryTime_ThrowsTransientAfterRetries()
    {
        using var handler = new StubHandler(_ => throw new HttpRequestException("Connection refused"));
        using var client = new GitHubClient(new Uri("https://api.github.com"), FakeGitHubServer.Token, handler, _time, _logger);

        var error = await Assert.ThrowsAsync<GitHubApiException>(() => client.ListIssueCommentsAsync(Repo, 5, CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Null(error.StatusCode);
        Assert.Equal(4, handler.Calls);
        Assert.Contains("Connection refused", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListPullRequestsForCommitAsync_MergedPulls_ReadsNumberMergeShaAndState()
    {
        _server.PullsByCommit[new string('a', 40)] = [
            new { number = 3, merge_commit_sha = new string('b', 40), merged_at = (string?)null, html_url = "u3" },
            new { number = 4, merge_commit_sha = new string('a', 40), merged_at = (string?)"2026-01-01T00:00:00Z", html_url = "u4" },
        ];

        var pulls = await _client.ListPullRequestsForCommitAsync(Repo, new string('a', 40), CancellationToken.None);

        Assert.Equal([new GitHubPullRequest(3, new string('b', 40), false, "u3"), new GitHubPullRequest(4, new string('a', 40), true, "u4")], pulls);
    }

    [Theory]
    [InlineData("acme/content", "../../etc")]
    [InlineData("acme/content/../x", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task ListPullRequestsForCommitAsync_MalformedInput_ThrowsBeforeAnyRequest(string repository, string sha)
    {
        await Assert.ThrowsAsync<GitHubApiException>(() => _client.ListPullRequestsForCommitAsync(repository, sha, CancellationToken.None));

        Assert.Empty(_server.Requests);
    }

    private sealed class StubHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(answer(request));
        }
    }
}
