using Reconciler.GitHub.Api;

namespace Reconciler.GitHub.Comments;

/// <summary>
/// Keeps ONE report comment per pull request: finds the comment whose body starts with the
/// marker and edits it, or creates it. Comments by the workflow's bot are preferred, so a person
/// quoting the marker does not get their comment overwritten when ours exists.
/// </summary>
internal sealed class ReportComments(IGitHubClient client)
{
    /// <summary>The login of the workflow token's author.</summary>
    internal const string ActionsBot = "github-actions[bot]";

    public async Task<CommentUpsert> UpsertAsync(string repository, int number, string marker, string body, CancellationToken cancellationToken)
    {
        var comments = await client.ListIssueCommentsAsync(repository, number, cancellationToken).ConfigureAwait(false);
        var existing = Find(comments, marker);
        if (existing is null)
        {
            try
            {
                var created = await client.CreateIssueCommentAsync(repository, number, body, cancellationToken).ConfigureAwait(false);
                return new CommentUpsert(CommentAction.Created, created.HtmlUrl);
            }
            catch (GitHubApiException ex) when (ex.IsTransient)
            {
                // The answer was lost, not necessarily the comment: look again before posting a second one.
                comments = await client.ListIssueCommentsAsync(repository, number, cancellationToken).ConfigureAwait(false);
                existing = Find(comments, marker);
                if (existing is null)
                {
                    var created = await client.CreateIssueCommentAsync(repository, number, body, cancellationToken).ConfigureAwait(false);
                    return new CommentUpsert(CommentAction.Created, created.HtmlUrl);
                }

                if (string.Equals(existing.Body, body, StringComparison.Ordinal))
                {
                    return new CommentUpsert(CommentAction.Created, existing.HtmlUrl);
                }
            }
        }

        if (string.Equals(existing.Body, body, StringComparison.Ordinal))
        {
            return new CommentUpsert(CommentAction.Unchanged, existing.HtmlUrl);
        }

        var updated = await client.UpdateIssueCommentAsync(repository, existing.Id, body, cancellationToken).ConfigureAwait(false);
        return new CommentUpsert(CommentAction.Updated, updated.HtmlUrl ?? existing.HtmlUrl);
    }

    /// <summary>The oldest marked comment, by the Actions bot if there is one, else by any bot, else by anyone.</summary>
    internal static GitHubComment? Find(IReadOnlyList<GitHubComment> comments, string marker)
    {
        var marked = comments.Where(c => c.Body.TrimStart().StartsWith(marker, StringComparison.Ordinal)).ToList();
        return marked.FirstOrDefault(c => string.Equals(c.AuthorLogin, ActionsBot, StringComparison.OrdinalIgnoreCase))
            ?? marked.FirstOrDefault(c => c.AuthorIsBot)
            ?? marked.FirstOrDefault();
    }
}
