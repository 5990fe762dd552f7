using Reconciler.Engine.Apply;
using Reconciler.Engine.Audit;
using Reconciler.Engine.Git;
using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Tests.Audit;

public sealed class ApplyMetricsTests
{
    [Fact]
    public void From_MixedOutcomes_RateLatencyAndVersionsAsTheTutorialDefines()
    {
        var validation = Validation(passed: 7, failed: 1);
        var result = Result(
            AuditFixtures.Outcome(ChangeKind.Template, ApplyStatus.Applied, seconds: 1.0),
            AuditFixtures.Outcome(ChangeKind.Template, ApplyStatus.Applied, seconds: 2.5),
            AuditFixtures.Outcome(ChangeKind.Template, ApplyStatus.AlreadyApplied, seconds: 9),
            AuditFixtures.Outcome(ChangeKind.Theme, ApplyStatus.Applied, seconds: 30),
            AuditFixtures.Outcome(ChangeKind.Template, ApplyStatus.Failed, seconds: 5),
            AuditFixtures.Outcome(ChangeKind.Template, ApplyStatus.NotAttempted),
            AuditFixtures.Outcome(ChangeKind.Assignment, ApplyStatus.Applied, id: "w-1"));

        var metrics = ApplyMetrics.From(validation, result, auditLogEntries: 15);

        Assert.Equal(8, metrics.PayloadsValidated);
        Assert.Equal(87.5, metrics.ValidationSuccessRatePercent);
        Assert.Equal(1.75, metrics.AverageSubmissionLatencySeconds);
        Assert.Equal(5, metrics.VersionsProcessed);
        Assert.Equal(15, metrics.AuditLogEntries);
    }

    [Fact]
    public void From_NothingCreatedNothingValidated_ZeroRateAndNoLatency()
    {
        var metrics = ApplyMetrics.From(Validation(0, 0), null, 0);

        Assert.Equal(0, metrics.ValidationSuccessRatePercent);
        Assert.Null(metrics.AverageSubmissionLatencySeconds);
        Assert.Equal(0, metrics.VersionsProcessed);
    }

    [Fact]
    public void From_OneInThree_RoundsToTwoDecimals() =>
        Assert.Equal(33.33, ApplyMetrics.From(Validation(1, 2), null, 0).ValidationSuccessRatePercent);

    private static ValidationOutcome Validation(int passed, int failed) => new(
        Enumerable.Repeat(Event(AuditEventNames.ValidationPassed), passed)
            .Concat(Enumerable.Repeat(Event(AuditEventNames.ValidationFailed), failed))
            .ToList());

    private static AuditEvent Event(string name) => new(AuditFixtures.Now, name, "template", "t", "en-US", "v1", "x", [], "a", null, "apply");

    private static ApplyResult Result(params AppliedChange[] items) => new(
        new Plan { Changes = [.. items.Select(i => i.Change)], Diagnostics = [], Source = SourceRevision.None, Target = "test" },
        items,
        TimeSpan.FromSeconds(10));
}
