using Reconciler.Cxone.Themes;
using Reconciler.Engine.Apply.Operations;
using Reconciler.Engine.Live;
using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Tests.Planning;

/// <summary>A theme whose activation FAILED in CXone never went live: the next plan publishes its tag again.</summary>
public sealed class ThemeRepublishTests
{
    private const string Dark = "enterprise-dark";
    private const string DarkTag = "v1.2.0";

    [Fact]
    public void Create_ThemeActivationFailed_RepublishesTheTagUnderTheNextIdAndPointsAssignmentsAndSyncAtIt()
    {
        var live = WithDarkFailed(PlanFixtures.Applied(PlanFixtures.PlanOf(PlanFixtures.Example(), PlanFixtures.EmptyLive), PlanFixtures.EmptyLive));

        var plan = PlanFixtures.PlanOf(PlanFixtures.Example(), live);

        var change = Assert.Single(plan.Changes, c => c.Kind == ChangeKind.Theme && c.Id == Dark);
        var publish = Assert.IsType<PublishTheme>(change.Operation);
        Assert.Equal(ThemeIds.For(Dark, DarkTag, republish: 1), publish.Payload.Id);
        Assert.Equal(DarkTag, publish.Payload.VersionTag);
        Assert.Contains("failed to activate", change.Reason, StringComparison.Ordinal);
        Assert.Contains(plan.Changes.Select(c => c.Operation).OfType<PutAssignments>(), put => put.Assignments.Any(a => a.ThemeId == publish.Payload.Id));
        Assert.Contains(plan.Changes.Select(c => c.Operation).OfType<SyncTheme>(), sync => sync.ThemeId == publish.Payload.Id);
        Assert.False(plan.Errored);
    }

    [Fact]
    public void Create_RepublishedThemeActive_IsNoOpAgain()
    {
        var failed = WithDarkFailed(PlanFixtures.Applied(PlanFixtures.PlanOf(PlanFixtures.Example(), PlanFixtures.EmptyLive), PlanFixtures.EmptyLive));
        var republished = PlanFixtures.Applied(PlanFixtures.PlanOf(PlanFixtures.Example(), failed), failed);

        var plan = PlanFixtures.PlanOf(PlanFixtures.Example(), republished);

        Assert.False(plan.Summary.HasChanges);
    }

    [Fact]
    public void For_Republish_IsStableAndDiffersFromEveryEarlierAttempt()
    {
        Assert.Equal(ThemeIds.For(Dark, DarkTag), ThemeIds.For(Dark, DarkTag, republish: 0));
        Assert.Equal(ThemeIds.For(Dark, DarkTag, republish: 2), ThemeIds.For(Dark, DarkTag, republish: 2));
        Assert.Equal(3, new[] { 0, 1, 2 }.Select(n => ThemeIds.For(Dark, DarkTag, n)).Distinct().Count());
    }

    /// <summary>enterprise-dark's activation FAILED: listed on its home widget only (a failed theme is never synced).</summary>
    private static LiveState WithDarkFailed(LiveState live)
    {
        var id = ThemeIds.For(Dark, DarkTag);
        return live with
        {
            WidgetThemes = live.WidgetThemes.ToDictionary(
                p => p.Key,
                p => (IReadOnlyList<WidgetTheme>)p.Value
                    .Where(t => t.Id != id || t.SyncedFrom is null)
                    .Select(t => t.Id == id ? t with { State = ThemeState.Failed } : t)
                    .ToList(),
                StringComparer.Ordinal),
        };
    }
}
