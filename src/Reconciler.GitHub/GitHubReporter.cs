using System.Net;
using Microsoft.Extensions.Logging;
using Reconciler.Core.Diagnostics;
using Reconciler.Engine.Apply;
using Reconciler.Engine.Planning;
using Reconciler.GitHub.Actions;
using Reconciler.GitHub.Api;
using Reconciler.GitHub.Comments;
using Reconciler.GitHub.Markdown;

namespace Reconciler.GitHub;

/// <summary>
/// Reports a plan or an apply to GitHub from inside Actions: the job summary, annotations on file
/// lines, and one pull request comment (edited in place on every push). Failures to reach GitHub
/// are logged as warnings and never fail the command: the job summary still holds the report.
/// </summary>
public sealed class GitHubReporter : IDisposable
{
    /// <summary>Largest comment body written, in UTF-8 bytes; GitHub rejects more than 65,536 characters.</summary>
    public const int MaxCommentBytes = 60_000;

    private readonly GitHubActionsContext _context;
    private readonly IGitHubClient? _client;
    private readonly ILogger _logger;
    private readonly TextWriter _annotations;
    private readonly string _pathPrefix;
    private readonly MarkdownReportRenderer _renderer = new();

    internal GitHubReporter(GitHubActionsContext context, IGitHubClient? client, ILogger logger, TextWriter annotations, string pathPrefix)
    {
        _context = context;
        _client = client;
        _logger = logger;
        _annotations = annotations;
        _pathPrefix = pathPrefix;
    }

    /// <summary>
    /// The reporter for this process, or null when not running inside GitHub Actions
    /// (GITHUB_ACTIONS is not "true"). <paramref name="handler"/> replaces the HTTP stack in tests.
    /// </summary>
    public static GitHubReporter? FromEnvironment(Func<string, string?> environment, ILogger logger, HttpMessageHandler? handler = null, GitHubReporterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(logger);
        options ??= new GitHubReporterOptions();
        var context = GitHubActionsContext.FromEnvironment(environment);
        if (context is null)
        {
            return null;
        }

        var client = context.Token is { } token && context.Repository is not null
            ? new GitHubClient(context.ApiUrl, token, handler, options.TimeProvider ?? TimeProvider.System, logger)
            : null;
        return new GitHubReporter(
            context,
            client,
            logger,
            options.Annotations ?? Console.Error,
            RepositoryPaths.Prefix(options.ContentRoot, context.Workspace));
    }

    /// <summary>Job summary, annotations, and on pull_request events the report comment (created once, then edited).</summary>
    public async Task<GitHubReportOutcome> ReportPlanAsync(Plan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var pullRequest = _context.IsPullRequestEvent ? ReadPullRequestEvent() : null;
        var options = Options(pullRequest?.HeadSha ?? _context.Sha);
        var summary = await WriteSummaryAsync(budget => _renderer.Render(plan, options with { MaxLength = budget }), cancellationToken).ConfigureAwait(false);
        var annotations = new AnnotationWriter(_annotations).Write(plan.Diagnostics.Select(ToAnnotation));
        if (pullRequest is null)
        {
            return new GitHubReportOutcome(CommentAction.None, null, null, summary, annotations);
        }

        var body = _renderer.Render(plan, options with { Marker = ReportMarkers.Plan, MaxLength = MaxCommentBytes });
        var (action, url) = await CommentAsync(pullRequest.Number, ReportMarkers.Plan, body, pullRequest.IsFork, cancellationToken).ConfigureAwait(false);
        return new GitHubReportOutcome(action, url, pullRequest.Number, summary, annotations);
    }

    /// <summary>Job summary, annotations for failures, and on push events a comment on the merged pull request.</summary>
    public async Task<GitHubReportOutcome> ReportApplyAsync(ApplyResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var options = Options(_context.Sha);
        var summary = await WriteSummaryAsync(budget => _renderer.Render(result, options with { MaxLength = budget }), cancellationToken).ConfigureAwait(false);
        var failures = result.Items.Where(i => i.Status == ApplyStatus.Failed).Select(i => new Annotation(
            Severity.Error, i.Change.SourcePath is { } p ? _pathPrefix + p : null, i.Change.SourceLine, null,
            "Apply failed: " + i.Change.Address, i.Message ?? "CXone did not accept the change."));
        var annotations = new AnnotationWriter(_annotations).Write(result.Plan.Diagnostics.Select(ToAnnotation).Concat(failures));
        if (!_context.IsPushEvent || _client is null || _context.Repository is null || _context.Sha is null)
        {
            LogWhyNoComment(forApply: true);
            return new GitHubReportOutcome(CommentAction.None, null, null, summary, annotations);
        }

        var number = await FindMergedPullRequestAsync(cancellationToken).ConfigureAwait(false);
        if (number is null)
        {
            return new GitHubReportOutcome(CommentAction.None, null, null, summary, annotations);
        }

        var body = _renderer.Render(result, options with { Marker = ReportMarkers.Apply, MaxLength = MaxCommentBytes });
        var (action, url) = await CommentAsync(number.Value, ReportMarkers.Apply, body, isFork: false, cancellationToken).ConfigureAwait(false);
        return new GitHubReportOutcome(action, url, number, summary, annotations);
    }

    public void Dispose() => (_client as IDisposable)?.Dispose();

    private MarkdownOptions Options(string? sha) => new()
    {
        Repository = _context.Repository,
        CommitSha = sha,
        ServerUrl = _context.ServerUrl,
        PathPrefix = _pathPrefix,
        FullReportUrl = _context.RunUrl,
    };

    private Annotation ToAnnotation(Diagnostic d) =>
        new(d.Severity, _pathPrefix + d.File, d.Line, d.Column, d.Code, d.Message);

    private PullRequestEvent? ReadPullRequestEvent()
    {
        var pullRequest = PullRequestEvent.Read(_context.EventPath, out var problem);
        if (pullRequest is null)
        {
            _logger.LogWarning("Not commenting on the pull request: {Problem}. The report is in the job summary.", problem);
        }

        return pullRequest;
    }

    private async Task<bool> WriteSummaryAsync(Func<int, string> render, CancellationToken cancellationToken)
    {
        if (_context.StepSummaryPath is null)
        {
            return false;
        }

        try
        {
            var summary = new StepSummary(_context.StepSummaryPath);
            var budget = summary.RemainingBytes();
            if (budget < 1_024)
            {
                _logger.LogWarning("The job summary is already at GitHub's 1 MiB limit; the report is not added to it.");
                return false;
            }

            await summary.AppendAsync(render(budget), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Could not write the job summary ({Path}): {Reason}", _context.StepSummaryPath, ex.Message);
            return false;
        }
    }

    private async Task<(CommentAction, string?)> CommentAsync(int number, string marker, string body, bool isFork, CancellationToken cancellationToken)
    {
        if (_client is null || _context.Repository is null)
        {
            LogWhyNoComment(forApply: false);
            return (CommentAction.None, null);
        }

        try
        {
            var upsert = await new ReportComments(_client).UpsertAsync(_context.Repository, number, marker, body, cancellationToken).ConfigureAwait(false);
            _logger.LogInformation("Report comment {Action} on pull request #{Number}: {Url}", upsert.Action.ToString().ToLowerInvariant(), number, upsert.Url);
            return (upsert.Action, upsert.Url);
        }
        catch (GitHubApiException ex) when (ex.StatusCode == HttpStatusCode.Forbidden)
        {
            var why = isFork
                ? "this pull request comes from a fork, and GitHub gives fork workflows a read-only token"
                : "the workflow token lacks 'pull-requests: write' (add it under permissions:)";
            _logger.LogWarning("Could not comment on pull request #{Number}: {Why}. The report is in the job summary. ({Detail})", number, why, ex.Message);
            return (CommentAction.Failed, null);
        }
        catch (GitHubApiException ex)
        {
            _logger.LogWarning("Could not comment on pull request #{Number}: {Detail}. The report is in the job summary.", number, ex.Message);
            return (CommentAction.Failed, null);
        }
    }

    private async Task<int?> FindMergedPullRequestAsync(CancellationToken cancellationToken)
    {
        try
        {
            var pulls = await _client!.ListPullRequestsForCommitAsync(_context.Repository!, _context.Sha!, cancellationToken).ConfigureAwait(false);
            var chosen = pulls.FirstOrDefault(p => p.Merged && string.Equals(p.MergeCommitSha, _context.Sha, StringComparison.OrdinalIgnoreCase))
                ?? (pulls.Count > 0 ? pulls[0] : null);
            if (chosen is null)
            {
                _logger.LogInformation("Commit {Sha} belongs to no pull request (a direct push); the outcome is in the job summary only.", _context.Sha);
            }

            return chosen?.Number;
        }
        catch (GitHubApiException ex)
        {
            _logger.LogWarning("Could not find the pull request merged as {Sha}: {Detail}. The outcome is in the job summary.", _context.Sha, ex.Message);
            return null;
        }
    }

    private void LogWhyNoComment(bool forApply)
    {
        if (_context.Token is null)
        {
            _logger.LogWarning("GITHUB_TOKEN is not set, so no pull request comment is written; pass it to the step as env: {Example}", "GITHUB_TOKEN: ${{ github.token }}");
        }
        else if (_context.Repository is null)
        {
            _logger.LogWarning("GITHUB_REPOSITORY is not set, so no pull request comment is written.");
        }
        else if (forApply && !_context.IsPushEvent)
        {
            _logger.LogInformation("Apply ran on a '{Event}' event, not a push: the outcome is in the job summary only.", _context.EventName);
        }
    }
}
