using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Apply;

/// <summary>The outcome of one planned change.</summary>
public sealed record AppliedChange(PlannedChange Change, ApplyStatus Status, string? Message, TimeSpan Duration)
{
    /// <summary>True when CXone now holds what the repository declares for this change.</summary>
    public bool Succeeded => Status is ApplyStatus.Applied or ApplyStatus.AlreadyApplied;
}
