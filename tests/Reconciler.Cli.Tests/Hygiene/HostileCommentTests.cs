using Reconciler.GitHub.Markdown;

namespace Reconciler.Cli.Tests.Hygiene;

/// <summary>
/// Issue 9, escaping: <c>reconciler plan</c> in a GitHub pull request, through the real CLI,
/// against content written to attack the comment. What the fake GitHub received must render as
/// text: no tags, scripts or javascript: links, no live mentions or references, intact tables,
/// one marker, within GitHub's limit — and no line of the step's output a runner would take as
/// a workflow command.
/// </summary>
public sealed class HostileCommentTests
{
    [Fact]
    public async Task Plan_HostileContentInPullRequest_CommentAndSummaryRenderItAsText()
    {
        await using var world = await HygieneWorld.StartAsync(extraFiles: HostileContent.Files());

        var result = await world.RunAsync(world.GitHubEnvironment(), "plan");

        Assert.True(result.ExitCode == 1, $"exit {result.ExitCode}: {result.Error}");
        var body = Assert.Single(world.GitHub.CommentBodies(HygieneWorld.PullRequestNumber));
        Assert.True(body.Length < 65_536, $"{body.Length} characters");
        Assert.Equal(1, Count(body, ReportMarkers.Plan));
        Assert.StartsWith(ReportMarkers.Plan, body, StringComparison.Ordinal);
        // The hostile text did reach the comment: the content diff, the theme and both invalid files.
        Assert.Contains("alert(2)", body, StringComparison.Ordinal);
        Assert.Contains("alert(8)", body, StringComparison.Ordinal);
        Assert.Contains("alert(9)", body, StringComparison.Ordinal);
        // A malformed widget id is reported, not sent to CXone (which would fail the whole plan).
        Assert.Contains("alert(11)", body, StringComparison.Ordinal);
        Assert.Contains("hostile", body, StringComparison.Ordinal);
        var comment = MarkdownInspector.Read(body);
        Assert.True(comment.Problems().Count == 0, "PR comment:\n" + string.Join('\n', comment.Problems()));

        var summary = MarkdownInspector.Read(File.ReadAllText(world.SummaryPath));
        Assert.True(summary.Problems(markers: 0).Count == 0, "job summary:\n" + string.Join('\n', summary.Problems(markers: 0)));
    }

    [Fact]
    public async Task Plan_HostileContentInPullRequest_NoInjectedWorkflowCommandInOutput()
    {
        await using var world = await HygieneWorld.StartAsync(extraFiles: HostileContent.Files());

        var text = await world.RunAsync(world.GitHubEnvironment(), "plan");
        var markdown = await world.RunAsync(world.GitHubEnvironment(), "plan", "--output", "markdown", "--no-github");
        var validate = await world.RunAsync(world.GitHubEnvironment(), "validate");

        var lines = new[] { text, markdown, validate }
            .SelectMany(r => (r.Output + "\n" + r.Error).Split('\n'))
            .Where(l => l.TrimStart().StartsWith("::", StringComparison.Ordinal))
            .ToList();
        // The reporter's own annotations are the only workflow commands, and each is one well-formed line.
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches(@"^::(error|warning|notice) file=[^:,]+(,[a-z]+=[^:,]+)*::[^\r]*$", l));
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("::warning::injected", StringComparison.Ordinal));
        // Nor does content reach the terminal as control characters (colours, cursor moves, bidi).
        var printed = text.Output + text.Error + validate.Output + validate.Error;
        Assert.DoesNotContain('\u001b', printed);
        Assert.DoesNotContain('\u202E', printed);
    }

    [Fact]
    public async Task Apply_HostileContentOnPush_MergedPullRequestCommentRendersItAsText()
    {
        var valid = HostileContent.Files().Where(f => !f.Key.Contains("evil", StringComparison.Ordinal)).ToDictionary();
        await using var world = await HygieneWorld.StartAsync(jobFailureRate: 0.5, extraFiles: valid);

        var result = await world.RunAsync(world.GitHubEnvironment(push: true), "apply");

        Assert.True(result.ExitCode is 0 or 1, $"exit {result.ExitCode}: {result.Error}");
        var body = Assert.Single(world.GitHub.CommentBodies(world.GitHub.MergedPullRequest));
        Assert.True(body.Length < 65_536, $"{body.Length} characters");
        Assert.Equal(1, Count(body, ReportMarkers.Apply));
        Assert.Contains("hostile", body, StringComparison.Ordinal);
        var comment = MarkdownInspector.Read(body);
        Assert.True(comment.Problems().Count == 0, "apply comment:\n" + string.Join('\n', comment.Problems()));
        var summary = MarkdownInspector.Read(File.ReadAllText(world.SummaryPath));
        Assert.True(summary.Problems(markers: 0).Count == 0, "job summary:\n" + string.Join('\n', summary.Problems(markers: 0)));
    }

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
