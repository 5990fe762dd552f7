namespace Reconciler.GitHub.Api;

/// <summary>One issue comment, as much of it as the reporter reads.</summary>
/// <param name="Id">The comment id used to edit it.</param>
/// <param name="Body">The Markdown body.</param>
/// <param name="AuthorLogin">Who wrote it (<c>github-actions[bot]</c> for the workflow token).</param>
/// <param name="AuthorIsBot">True when GitHub marks the author as a bot.</param>
/// <param name="HtmlUrl">Where people see it.</param>
internal sealed record GitHubComment(long Id, string Body, string? AuthorLogin, bool AuthorIsBot, string? HtmlUrl);
