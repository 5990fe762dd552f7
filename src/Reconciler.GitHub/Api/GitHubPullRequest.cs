namespace Reconciler.GitHub.Api;

/// <summary>One pull request, as much of it as the reporter reads.</summary>
/// <param name="Number">Its number.</param>
/// <param name="MergeCommitSha">The commit GitHub created or used when merging it.</param>
/// <param name="Merged">True when it has been merged.</param>
/// <param name="HtmlUrl">Where people see it.</param>
internal sealed record GitHubPullRequest(int Number, string? MergeCommitSha, bool Merged, string? HtmlUrl);
