using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Reconciler.Engine.Apply;
using Reconciler.Engine.Planning;
using Reconciler.GitHub.Comments;
using Reconciler.GitHub.Markdown;
using Reconciler.GitHub.Tests.Fakes;

namespace Reconciler.GitHub.Tests;

public sealed class GitHubReporterTests : IAsyncLifetime
{
    private const int Pr = 17;
    private readonly ListLogger _logger = new();
    private readonly StringWriter _annotations = new();
    private readonly InstantTimeProvider _time = new();
    private FakeGitHubServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeGitHubServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _annotations.DisposeAsync();
    }

    [Fact]
    public void FromEnvironment_OutsideGitHubActions_IsNull()
    {
        Assert.Null(GitHubReporter.FromEnvironment(_ => null, _logger));
    }

    [Fact]
    public async Task ReportPlanAsync_TwoPushesToOnePullRequest_CreatesTheCommentThenEditsItInPlace()
    {
        using var run = ActionsRun.PullRequest(_server.BaseUrl, Pr);
        _server.AddComment(Pr, "LGTM", "alice");

        var first = await Report(run, Plans.Of([Plans.Template("tmpl_a", ChangeAction.Update)]));
        var second = await Report(run, Plans.Of([Plans.Template("tmpl_a", ChangeAction.Update), Plans.Theme("dark", ChangeAction.Create)]));

        Assert.Equal(CommentAction.Created, first.Comment);
        Assert.Equal(CommentAction.Updated, second.Comment);
        var ours = Assert.Single(_server.Comments(Pr), c => c.Login == "github-actions[bot]");
        Assert.StartsWith(ReportMarkers.Plan + "\n### CXone plan", ours.Body, StringComparison.Ordinal);
        Assert.Contains("Plan: 1 to create, 1 to update", ours.Body, StringComparison.Ordinal);
        Assert.Equal(1, _server.Requests.Count(r => r.Method == "POST"));
        Assert.Equal(1, _server.Requests.Count(r => r.Method == "PATCH"));
        Assert.Equal(2, Regex.Count(run.Summary, "### CXone plan"));
        Assert.Equal(Pr, second.PullRequest);
    }

    [Fact]
    public async Task ReportPlanAsync_CreateAnswerLostButCommentMade_DoesNotPostASecondComment()
    {
        using var run = ActionsRun.PullRequest(_server.BaseUrl, Pr);
        _server.LoseNextCreateAnswer = true;

        var outcome = await Report(run, Plans.Of([Plans.Template("tmpl_a", ChangeAction.Update)]));

        Assert.Equal(CommentAction.Created, outcome.Comment);
        Assert.Single(_server.Comments(Pr));
        Assert.Equal(1, _server.Requests.Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task ReportPlanAsync_CreateRefusedWith502_LooksAgainAndPostsOnce()
    {
        using var run = ActionsRun.PullRequest(_server.BaseUrl, Pr);
        _server.Fail("POST", "/comments", 502, "Bad Gateway");

        var outcome = await Report(run, Plans.Of([Plans.Template("tmpl_a", ChangeAction.Update)]));

        Assert.Equal(CommentAction.Created, outcome.Comment);
        Assert.Single(_server.Comments(Pr));
        Assert.Equal(2, _server.Requests.Count(r => r.Method == "POST"));
        Assert.Equal(2, _server.Requests.Count(r => r.Method == "GET"));
    }

    [Fact]
    public async Task ReportPlanAsync_SamePlanAgain_LeavesTheCommentAlone()
    {
        using var run = ActionsRun.PullRequest(_server.BaseUrl, Pr);
        var plan = Plans.Of([Plans.Template("tmpl_a", ChangeAction.Update)]);

        await Report(run, plan);
        var again = await Report(run, plan);

        Assert.Equal(CommentAction.Unchanged, again.Comment);
        Assert.Equal(0, _server.Requests.Count(r => r.Method == "PATCH"));
    }

    [Fact]
    public async Task ReportPlanAsync_OurCommentOnThe2ndPageOf150_IsFoundAndEdited()
    {
        using var run = ActionsRun.PullRequest(_server.BaseUrl, Pr);
        for (var i = 0; i < 120; i++)
        {
            _server.AddComment(Pr, "chatter " + i, "bob");
        }

        var ours = _server.AddComment(Pr, ReportMarkers.Plan + "\nold report", "github-actions[bot]", isBot: true);
        for (var i = 0; i < 29; i++)
        {
            _server.AddComment(Pr, "more chatter " + i, "carol");
        }

        var outcome = await Report(run, Plans.Of([Plans.Template("t", ChangeAction.Create, null, "v1")]));

        Assert.Equal(CommentAction.Updated, outcome.Comment);
        Assert.Equal(150, _server.Comments(Pr).Count);
        Assert.Contains("Plan: 1 to create", ours.Body, StringComparison.Ordinal);
        Assert.Contains(_server.Requests, r => r.PathAndQuery.EndsWith("page=2", StringComparison.Ordinal));
        Assert.Contains(_server.Requests, r => r.Method == "PATCH" && r.PathAndQuery.EndsWith("/issues/comments/" + ours.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReportPlanAsync_HugePlan_CommentStaysUnderGitHubsLimitAndPointsToTheJobSummary()
    {
        using var run = ActionsRun.PullRequest(_server.BaseUrl, Pr);
        var changes = Enumerable.Range(0, 1_500).Select(i => Plans.Template(
            $"tmpl_{i:D5}", ChangeAction.Update, comparison: new ContentComparison($"Hello {{{{a}}}} {i}", $"Hi {{{{a}}}} {i}"))).ToList();
        var plan = Plans.Of(changes, [Plans.Error("templates/tmpl_01499.yaml", "TPL010", "undeclared variable 'b'")]);

        var outcome = await Report(run, plan);

        Assert.Equal(CommentAction.Created, outcome.Comment);
        var body = Assert.Single(_server.Comments(Pr)).Body;
        Assert.True(body.Length < 65_536, $"{body.Length} characters");
        Assert.Contains("Full report in the job summary of [this workflow run](https://github.com/acme/cxone-content/actions/runs/4242).", body, StringComparison.Ordinal);
        Assert.Contains("undeclared variable", body, StringComparison.Ordinal);
        Assert.Contains("content diff", run.Summary, StringComparison.Ordinal);
        Assert.True(run.Summary.Length > body.Length);
    }

    [Fact]
    public async Task ReportPlanAsync_HostileTemplate_CannotInjectIntoTheComment()
    {
        using var run = ActionsRun.PullRequest(_server.BaseUrl, Pr);
        const string Hostile = "<img src=x onerror=alert(1)>](javascript:alert(1)) @everyone | col | ``` <!-- cxone-reconciler:report --> </details>";
        var change = Plans.Template("tmpl_x", ChangeAction.Update, comparison: new ContentComparison(null, Hostile)) with { Reason = Hostile };
        var plan = Plans.Of([change], [Plans.Error("templates/tmpl_x.yaml", "TPL001", Hostile)]);

        await Report(run, plan);
        await Report(run, plan with { Diagnostics = [] });

        var body = Assert.Single(_server.Comments(Pr)).Body;
        Assert.Single(Regex.Matches(body, Regex.Escape(ReportMarkers.Plan)));
        var outsideCode = Regex.Replace(body, "\n````diff\n.*?\n````\n", "", RegexOptions.Singleline);
        Assert.DoesNotContain("<img", outsideCode, StringComparison.Ordinal);
        Assert.DoesNotContain("](javascript", outsideCode, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", outsideCode, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportPlanAsync_ForkPullRequestWithReadOnlyToken_WritesTheSummaryAndWarnsInsteadOfFailing()
    {
        using var run = ActionsRun.PullRequest(_server.BaseUrl, Pr, fork: true);
        _server.ReadOnlyToken = true;

        var outcome = await Report(run, Plans.Of([Plans.Template("t", ChangeAction.Update)], [Plans.Error("templates/t.yaml", "TPL010", "undeclared")]));

        Assert.Equal(CommentAction.Failed, outcome.Comment);
        Assert.True(outcome.SummaryWritten);
        Assert.Contains("❌ **Blocked:**", run.Summary, StringComparison.Ordinal);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains("fork", StringComparison.Ordinal));
        Assert.Contains("::error file=templates/t.yaml,line=3,col=5,title=TPL010::undeclared", _annotations.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportPlanAsync_ContentInSubfolder_PrefixesAnnotationsAndLinksToTheHeadCommit()
    {
        using var run = ActionsRun.PullRequest(_server.BaseUrl, Pr);
        var content = Directory.CreateDirectory(Path.Combine(run.Workspace, "cxone")).FullName;

        await Report(run, Plans.Of([], [Plans.Error("templates/a.yaml", "TPL001", "bad")]), content);

        Assert.StartsWith("::error file=cxone/templates/a.yaml,", _annotations.ToString(), StringComparison.Ordinal);
        var body = Assert.Single(_server.Comments(Pr)).Body;
        Assert.Contains($"https://github.com/acme/cxone-content/blob/{ActionsRun.HeadSha}/cxone/templates/a.yaml#L3", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportPlanAsync_ManyDiagnostics_AnnotatesWithinGitHubsCaps()
    {
        using var run = ActionsRun.PullRequest(_server.BaseUrl, Pr);
        var diagnostics = Enumerable.Range(1, 30).Select(i => Plans.Error("templates/a.yaml", "TPL010", "e" + i, line: i))
            .Concat(Enumerable.Range(1, 30).Select(i => Plans.Warning("templates/b.yaml", "TPL011", "w" + i, line: i)));

        var outcome = await Report(run, Plans.Of([], diagnostics));

        var lines = _annotations.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(20, outcome.Annotations);
        Assert.Equal(10, lines.Count(l => l.StartsWith("::error", StringComparison.Ordinal)));
        Assert.Equal(10, lines.Count(l => l.StartsWith("::warning", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("::notice", StringComparison.Ordinal) && l.Contains("40 more", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReportPlanAsync_EventPayloadMissing_WarnsAndStillWritesTheSummary()
    {
        using var run = ActionsRun.PullRequest(_server.BaseUrl, Pr);
        run["GITHUB_EVENT_PATH"] = Path.Combine(run.Folder, "missing.json");

        var outcome = await Report(run, Plans.Of([Plans.Template("t", ChangeAction.Update)]));

        Assert.Equal(CommentAction.None, outcome.Comment);
        Assert.True(outcome.SummaryWritten);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains("GITHUB_EVENT_PATH", StringComparison.Ordinal));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ReportPlanAsync_PullRequestTargetEvent_CommentsLikePullRequest()
    {
        using var run = ActionsRun.PullRequest(_server.BaseUrl, Pr);
        run["GITHUB_EVENT_NAME"] = "pull_request_target";

        var outcome = await Report(run, Plans.Of([Plans.Template("t", ChangeAction.Update)]));

        Assert.Equal(CommentAction.Created, outcome.Comment);
        Assert.Single(_server.Comments(Pr));
    }

    [Fact]
    public async Task ReportPlanAsync_PushEvent_WritesSummaryButNoComment()
    {
        using var run = ActionsRun.Push(_server.BaseUrl);

        var outcome = await Report(run, Plans.Of([Plans.Template("t", ChangeAction.Update)]));

        Assert.Equal(CommentAction.None, outcome.Comment);
        Assert.True(outcome.SummaryWritten);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ReportPlanAsync_NoToken_WritesSummaryAndExplainsHowToPassIt()
    {
        using var run = ActionsRun.PullRequest(_server.BaseUrl, Pr);
        run["GITHUB_TOKEN"] = null;

        var outcome = await Report(run, Plans.Of([Plans.Template("t", ChangeAction.Update)]));

        Assert.Equal(CommentAction.None, outcome.Comment);
        Assert.True(outcome.SummaryWritten);
        Assert.Contains("GITHUB_TOKEN: ${{ github.token }}", _logger.All, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ReportPlanAsync_GitHubDownForGood_WarnsAndStillWritesTheSummary()
    {
        using var run = ActionsRun.PullRequest(_server.BaseUrl, Pr);
        for (var i = 0; i < 4; i++)
        {
            _server.Fail("GET", "/comments", 500);
        }

        var outcome = await Report(run, Plans.Of([Plans.Template("t", ChangeAction.Update)]));

        Assert.Equal(CommentAction.Failed, outcome.Comment);
        Assert.True(outcome.SummaryWritten);
        Assert.Contains("500", _logger.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportApplyAsync_PushOfAMergedPullRequest_CommentsTheOutcomeThere()
    {
        using var run = ActionsRun.Push(_server.BaseUrl);
        _server.PullsByCommit[ActionsRun.MergeSha] = [
            new { number = 3, merge_commit_sha = new string('0', 40), merged_at = "2026-01-01T00:00:00Z" },
            new { number = 9, merge_commit_sha = ActionsRun.MergeSha, merged_at = "2026-01-02T00:00:00Z" },
        ];
        var change = Plans.Template("tmpl_a", ChangeAction.Update);
        var failed = Plans.Template("tmpl_b", ChangeAction.Update);
        var result = Plans.Applied(Plans.Of([change, failed]), (change, ApplyStatus.Applied, null), (failed, ApplyStatus.Failed, "CXone answered 409: version exists"));

        var outcome = await ReportApply(run, result);
        await ReportApply(run, result);

        Assert.Equal(9, outcome.PullRequest);
        Assert.Equal(CommentAction.Created, outcome.Comment);
        var body = Assert.Single(_server.Comments(9)).Body;
        Assert.StartsWith(ReportMarkers.Apply + "\n### CXone apply\n\n❌ Apply failed: 1 applied", body, StringComparison.Ordinal);
        Assert.Empty(_server.Comments(3));
        Assert.Contains("::error file=templates/tmpl_b.yaml,line=2,title=Apply failed%3A template.tmpl_b.en-US::CXone answered 409: version exists", _annotations.ToString(), StringComparison.Ordinal);
        Assert.Contains("### CXone apply", run.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportApplyAsync_DirectPushWithoutPullRequest_WritesOnlyTheSummary()
    {
        using var run = ActionsRun.Push(_server.BaseUrl);
        var change = Plans.Template("tmpl_a", ChangeAction.Update);

        var outcome = await ReportApply(run, Plans.Applied(Plans.Of([change]), (change, ApplyStatus.Applied, null)));

        Assert.Equal(CommentAction.None, outcome.Comment);
        Assert.True(outcome.SummaryWritten);
        Assert.DoesNotContain(_server.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task Reporting_InEveryScenario_NeverWritesTheToken()
    {
        using var pr = ActionsRun.PullRequest(_server.BaseUrl, Pr);
        using var push = ActionsRun.Push(_server.BaseUrl);
        var change = Plans.Template("tmpl_a", ChangeAction.Update) with { Reason = FakeGitHubServer.Token[..8] };
        _server.Fail("GET", "/comments", 502);
        await Report(pr, Plans.Of([change], [Plans.Error("a.yaml", "X", "m")]));
        _server.ReadOnlyToken = true;
        await Report(pr, Plans.Of([change]));
        for (var i = 0; i < 4; i++)
        {
            _server.Fail("GET", "/pulls", 503);
        }

        await ReportApply(push, Plans.Applied(Plans.Of([change]), (change, ApplyStatus.Failed, "boom")));

        var everything = string.Join("\n", _logger.All, _annotations, pr.Summary, push.Summary, string.Join("\n", _server.Comments(Pr).Select(c => c.Body)));
        Assert.DoesNotContain(FakeGitHubServer.Token, everything, StringComparison.Ordinal);
        Assert.All(_server.Requests, r => Assert.DoesNotContain(FakeGitHubServer.Token, r.Body, StringComparison.Ordinal));
    }

    private async Task<GitHubReportOutcome> Report(ActionsRun run, Plan plan, string? contentRoot = null)
    {
        using var reporter = Create(run, contentRoot);
        return await reporter.ReportPlanAsync(plan, CancellationToken.None);
    }

    private async Task<GitHubReportOutcome> ReportApply(ActionsRun run, ApplyResult result)
    {
        using var reporter = Create(run, null);
        return await reporter.ReportApplyAsync(result, CancellationToken.None);
    }

    private GitHubReporter Create(ActionsRun run, string? contentRoot) =>
        GitHubReporter.FromEnvironment(run.Get, _logger, handler: null, new GitHubReporterOptions
        {
            Annotations = _annotations,
            ContentRoot = contentRoot ?? run.Workspace,
            TimeProvider = _time,
        })!;
}
