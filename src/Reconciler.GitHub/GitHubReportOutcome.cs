using Reconciler.GitHub.Comments;

namespace Reconciler.GitHub;

/// <summary>What reporting to GitHub did. Reporting never fails the command; problems become warnings in the log.</summary>
/// <param name="Comment">What happened to the pull request comment.</param>
/// <param name="CommentUrl">The comment's address, when one was written or found.</param>
/// <param name="PullRequest">The pull request reported on, when known.</param>
/// <param name="SummaryWritten">True when the report was appended to the job summary.</param>
/// <param name="Annotations">How many annotations were written.</param>
public sealed record GitHubReportOutcome(CommentAction Comment, string? CommentUrl, int? PullRequest, bool SummaryWritten, int Annotations);
