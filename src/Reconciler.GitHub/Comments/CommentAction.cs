namespace Reconciler.GitHub.Comments;

/// <summary>What happened to the report comment on the pull request.</summary>
public enum CommentAction
{
    /// <summary>No comment was attempted (not a pull request or push event, or no token).</summary>
    None,

    /// <summary>A new comment was posted.</summary>
    Created,

    /// <summary>Our existing comment was edited in place.</summary>
    Updated,

    /// <summary>Our existing comment already said exactly this.</summary>
    Unchanged,

    /// <summary>GitHub refused or failed; the run goes on and the job summary holds the report.</summary>
    Failed,
}
