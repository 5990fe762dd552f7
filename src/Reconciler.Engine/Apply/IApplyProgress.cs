using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Apply;

/// <summary>Hears about each change as apply starts and finishes it (called concurrently).</summary>
public interface IApplyProgress
{
    /// <summary>Apply is about to send <paramref name="change"/>.</summary>
    void Started(PlannedChange change);

    /// <summary>
    /// CXone accepted a template version; its outcome comes with the others of its wave, once their
    /// jobs are confirmed together (so a long wave shows movement before anything is final).
    /// </summary>
    void Submitted(PlannedChange change)
    {
    }

    /// <summary><paramref name="outcome"/> is final.</summary>
    void Finished(AppliedChange outcome);
}
