using Reconciler.Engine.Apply;
using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Audit;

/// <summary>
/// Passes apply's progress to several observers (display, audit log, webhooks), so the applier
/// itself knows of none of them. An observer that throws is not allowed to disturb the others or
/// the apply.
/// </summary>
public sealed class ApplyProgressFanOut(IReadOnlyList<IApplyProgress> observers) : IApplyProgress
{
    /// <inheritdoc />
    public void Started(PlannedChange change)
    {
        foreach (var observer in observers)
        {
            Guard(() => observer.Started(change));
        }
    }

    /// <inheritdoc />
    public void Submitted(PlannedChange change)
    {
        foreach (var observer in observers)
        {
            Guard(() => observer.Submitted(change));
        }
    }

    /// <inheritdoc />
    public void Finished(AppliedChange outcome)
    {
        foreach (var observer in observers)
        {
            Guard(() => observer.Finished(outcome));
        }
    }

    private static void Guard(Action notify)
    {
        try
        {
            notify();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Observers report their own failures (audit log, webhooks); apply goes on regardless.
        }
    }
}
