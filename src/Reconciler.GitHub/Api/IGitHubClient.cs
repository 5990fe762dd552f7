namespace Reconciler.GitHub.Api;

/// <summary>
/// The few GitHub REST calls the reporter makes. Failures throw <see cref="GitHubApiException"/>
/// after transient ones (5xx, secondary rate limits, timeouts) have been retried.
/// </summary>
internal interface IGitHubClient
{
    /// <summary>Every comment of an issue or pull request, oldest first, following the Link header's pages.</summary>
    Task<IReadOnlyList<GitHubComment>> ListIssueCommentsAsync(string repository, int number, CancellationToken cancellationToken);

    /// <summary>
    /// Adds a comment to an issue or pull request. Retried only on rate limits: after a 5xx or a
    /// lost connection the comment may exist, so the caller looks before posting again.
    /// </summary>
    Task<GitHubComment> CreateIssueCommentAsync(string repository, int number, string body, CancellationToken cancellationToken);

    /// <summary>Replaces the body of a comment.</summary>
    Task<GitHubComment> UpdateIssueCommentAsync(string repository, long commentId, string body, CancellationToken cancellationToken);

    /// <summary>The pull requests associated with a commit (<c>GET /repos/{o}/{r}/commits/{sha}/pulls</c>).</summary>
    Task<IReadOnlyList<GitHubPullRequest>> ListPullRequestsForCommitAsync(string repository, string sha, CancellationToken cancellationToken);
}
