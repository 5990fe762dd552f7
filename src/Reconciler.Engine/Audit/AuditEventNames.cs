namespace Reconciler.Engine.Audit;

/// <summary>The <c>event</c> values of audit lines; stable, for whoever greps or ingests the log.</summary>
public static class AuditEventNames
{
    /// <summary>A payload passed every validation rule (validate, plan, apply).</summary>
    public const string ValidationPassed = "VALIDATION_PASSED";

    /// <summary>A payload has at least one validation error.</summary>
    public const string ValidationFailed = "VALIDATION_FAILED";

    /// <summary>Apply created the version (or set assignments, or synced) and CXone confirmed it.</summary>
    public const string VersionApplied = "VERSION_APPLIED";

    /// <summary>CXone already held exactly this version.</summary>
    public const string VersionAlreadyPresent = "VERSION_ALREADY_PRESENT";

    /// <summary>CXone refused it or its job failed.</summary>
    public const string ApplyFailed = "APPLY_FAILED";

    /// <summary>Not sent: something it depends on failed, or apply was cancelled.</summary>
    public const string ApplyNotAttempted = "APPLY_NOT_ATTEMPTED";
}
