namespace Reconciler.GitHub.Comments;

/// <summary>What upserting the report comment did.</summary>
internal sealed record CommentUpsert(CommentAction Action, string? Url);
