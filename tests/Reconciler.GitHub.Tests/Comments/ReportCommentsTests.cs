using Reconciler.GitHub.Api;
using Reconciler.GitHub.Comments;
using Reconciler.GitHub.Markdown;

namespace Reconciler.GitHub.Tests.Comments;

public sealed class ReportCommentsTests
{
    private const string Marker = ReportMarkers.Plan;

    [Fact]
    public void Find_OursAmongOthers_PrefersTheActionsBotsOldest()
    {
        GitHubComment[] comments = [
            new(1, Marker + " quoted by a person", "alice", false, null),
            new(2, "no marker", "github-actions[bot]", true, null),
            new(3, "\n" + Marker + "\nours", "github-actions[bot]", true, null),
            new(4, Marker + "\nduplicate", "github-actions[bot]", true, null),
        ];

        Assert.Equal(3, ReportComments.Find(comments, Marker)!.Id);
    }

    [Fact]
    public void Find_MarkerOnlyQuotedInsideABody_IsNotOurs()
    {
        GitHubComment[] comments = [new(1, "see " + Marker, "github-actions[bot]", true, null)];

        Assert.Null(ReportComments.Find(comments, Marker));
    }

    [Fact]
    public void Find_OtherTokenUser_AcceptsAnyMarkedComment()
    {
        GitHubComment[] comments = [new(7, Marker + "\nreport", "deploy-user", false, null)];

        Assert.Equal(7, ReportComments.Find(comments, Marker)!.Id);
    }

    [Fact]
    public void Find_ApplyMarker_IgnoresThePlanReport()
    {
        GitHubComment[] comments = [new(1, ReportMarkers.Plan + "\nplan", "github-actions[bot]", true, null)];

        Assert.Null(ReportComments.Find(comments, ReportMarkers.Apply));
    }
}
