using Reconciler.Engine.Apply;
using Reconciler.Engine.Audit;
using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Tests.Audit;

public sealed class ApplyProgressFanOutTests
{
    [Fact]
    public void Finished_OneObserverThrows_OthersStillHearIt()
    {
        var first = new Recorder();
        var last = new Recorder();
        var fanOut = new ApplyProgressFanOut([first, new Throwing(), last]);
        var outcome = AuditFixtures.Outcome(ChangeKind.Template, ApplyStatus.Applied);

        fanOut.Started(outcome.Change);
        fanOut.Finished(outcome);

        Assert.Equal(["started", "finished"], first.Calls);
        Assert.Equal(["started", "finished"], last.Calls);
    }

    private sealed class Recorder : IApplyProgress
    {
        public List<string> Calls { get; } = [];

        public void Started(PlannedChange change) => Calls.Add("started");

        public void Finished(AppliedChange outcome) => Calls.Add("finished");
    }

    private sealed class Throwing : IApplyProgress
    {
        public void Started(PlannedChange change) => throw new InvalidOperationException("observer bug");

        public void Finished(AppliedChange outcome) => throw new InvalidOperationException("observer bug");
    }
}
