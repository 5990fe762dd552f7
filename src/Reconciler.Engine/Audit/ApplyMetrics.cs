using Reconciler.Engine.Apply;
using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Audit;

/// <summary>
/// The template tutorial's <c>get_metrics</c>, done from apply's real outcomes: the share of
/// payloads that passed validation, the mean time to submit a template version and see its job
/// complete, and how many versions apply handled.
/// </summary>
/// <param name="PayloadsValidated">Payloads validated (template locales, themes, widgets).</param>
/// <param name="ValidationSuccessRatePercent">Share of them without errors, 0–100, two decimals.</param>
/// <param name="AverageSubmissionLatencySeconds">Mean duration of the template versions apply created; null when none.</param>
/// <param name="VersionsProcessed">Template and theme versions apply sent (applied, already present or failed).</param>
/// <param name="AuditLogEntries">Lines this run wrote to the audit log.</param>
public sealed record ApplyMetrics(
    int PayloadsValidated,
    double ValidationSuccessRatePercent,
    double? AverageSubmissionLatencySeconds,
    int VersionsProcessed,
    int AuditLogEntries)
{
    /// <summary>Computes the metrics of one apply.</summary>
    public static ApplyMetrics From(ValidationOutcome validation, ApplyResult? result, int auditLogEntries)
    {
        ArgumentNullException.ThrowIfNull(validation);
        var total = validation.Passed + validation.Failed;
        var rate = total == 0 ? 0 : Math.Round(validation.Passed * 100.0 / total, 2);
        var items = result?.Items ?? [];
        var created = items.Where(i => i.Change.Kind == ChangeKind.Template && i.Status == ApplyStatus.Applied).ToList();
        double? latency = created.Count == 0 ? null : Math.Round(created.Average(i => i.Duration.TotalSeconds), 3);
        var versions = items.Count(i => i.Change.Kind is ChangeKind.Template or ChangeKind.Theme && i.Status != ApplyStatus.NotAttempted);
        return new ApplyMetrics(total, rate, latency, versions, auditLogEntries);
    }
}
