namespace Reconciler.Engine.Audit;

/// <summary>
/// How many payloads passed validation: each template locale, theme and widget is one payload (as
/// CXone receives them), plus one for each content file too broken to be read as any of them.
/// </summary>
/// <param name="Events">One audit event per payload.</param>
public sealed record ValidationOutcome(IReadOnlyList<AuditEvent> Events)
{
    /// <summary>Payloads without errors.</summary>
    public int Passed => Events.Count(e => e.Event == AuditEventNames.ValidationPassed);

    /// <summary>Payloads with at least one error.</summary>
    public int Failed => Events.Count(e => e.Event == AuditEventNames.ValidationFailed);
}
