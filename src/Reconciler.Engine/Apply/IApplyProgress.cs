using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Apply;

/// <summary>Hears about each change as apply starts and finishes it (called concurrently).</summary>
public interface IApplyProgress
{
    /// <summary>Apply is about to send <paramref name="change"/>.</summary>
    void Started(PlannedChange change);

    /// <summary><paramref name="outcome"/> is final.</summary>
    void Finished(AppliedChange outcome);
}
