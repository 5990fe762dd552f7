using Reconciler.Engine.Apply;
using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Audit;

/// <summary>Writes one audit line as each change of apply finishes (called concurrently; the log serialises).</summary>
public sealed class AuditProgress(AuditLog log, AuditContext context) : IApplyProgress
{
    /// <inheritdoc />
    public void Started(PlannedChange change)
    {
    }

    /// <inheritdoc />
    public void Finished(AppliedChange outcome) => log.Append(AuditEvents.ForApply(outcome, context));
}
