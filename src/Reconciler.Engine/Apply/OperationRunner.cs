using Reconciler.Cxone;
using Reconciler.Cxone.Templates;
using Reconciler.Cxone.Themes;
using Reconciler.Cxone.Widgets;
using Reconciler.Engine.Apply.Operations;
using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Apply;

/// <summary>
/// Sends one operation to CXone and judges the answer. Throws only what the applier classifies.
/// Template versions are submitted here and confirmed by the applier, many at a time.
/// </summary>
internal sealed class OperationRunner
{
    private readonly ICxoneClient _client;

    public OperationRunner(ICxoneClient client) => _client = client;

    public Task<(ApplyStatus Status, string Message)> RunAsync(ApplyOperation operation, CancellationToken cancellationToken) => operation switch
    {
        PublishTheme publish => PublishThemeAsync(publish, cancellationToken),
        PutAssignments put => PutAssignmentsAsync(put, cancellationToken),
        SyncTheme sync => SyncAsync(sync, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation.GetType().Name, "Unknown operation."),
    };

    public Task<TemplateSubmission> SubmitTemplateAsync(CreateTemplateVersion create, CancellationToken cancellationToken) =>
        _client.SubmitTemplateVersionAsync(create.Payload, cancellationToken);

    public static (ApplyStatus Status, string Message) Judge(CreateTemplateVersion create, TemplateVersionOutcome outcome) => outcome switch
    {
        TemplateVersionOutcome.Created created => (ApplyStatus.Applied, $"version {create.Payload.Version} created (job {created.JobId})"),
        TemplateVersionOutcome.AlreadyExists => (ApplyStatus.AlreadyApplied, $"version {create.Payload.Version} already present with the same content"),
        TemplateVersionOutcome.Conflict conflict => (ApplyStatus.Failed, $"CXone already has version {create.Payload.Version} with other content: {conflict.Message}"),
        TemplateVersionOutcome.Failed failed => (ApplyStatus.Failed, $"CXone job {failed.JobId} failed: {failed.ErrorMessage}"),
        _ => (ApplyStatus.Failed, "unexpected outcome " + outcome.GetType().Name),
    };

    private async Task<(ApplyStatus, string)> PublishThemeAsync(PublishTheme publish, CancellationToken cancellationToken)
    {
        var outcome = await _client.PublishThemeAsync(publish.WidgetId, publish.Payload, cancellationToken);
        if (outcome is ThemePublishOutcome.Conflict conflict)
        {
            return (ApplyStatus.Failed, $"CXone already has versionTag {publish.Payload.VersionTag} with other content: {conflict.Message}");
        }

        var id = outcome.ThemeId!;
        var status = await _client.WaitForThemeActiveAsync(id, cancellationToken);
        if (status.State != ThemeState.Active)
        {
            return (ApplyStatus.Failed, $"theme {id} did not activate: {status.ErrorMessage ?? status.State.ToString()}");
        }

        return outcome is ThemePublishOutcome.AlreadyExists
            ? (ApplyStatus.AlreadyApplied, $"versionTag {publish.Payload.VersionTag} already published on {publish.WidgetId}")
            : (ApplyStatus.Applied, $"versionTag {publish.Payload.VersionTag} published on {publish.WidgetId} and ACTIVE");
    }

    private async Task<(ApplyStatus, string)> PutAssignmentsAsync(PutAssignments put, CancellationToken cancellationToken)
    {
        var set = await _client.PutAssignmentsAsync(put.WidgetId, put.Assignments, cancellationToken);
        return (ApplyStatus.Applied, $"{set.Assignments.Count} assignment(s) set on {put.WidgetId}");
    }

    private async Task<(ApplyStatus, string)> SyncAsync(SyncTheme sync, CancellationToken cancellationToken)
    {
        var result = await _client.BatchSyncAsync(sync.WidgetIds, sync.ThemeId, overrideExisting: false, cancellationToken);
        var failed = result.Results.Where(r => r.Status == WidgetSyncStatus.Failed).ToList();
        var missing = sync.WidgetIds.Except(result.Results.Select(r => r.WidgetId), StringComparer.Ordinal).ToList();
        if (failed.Count > 0 || missing.Count > 0)
        {
            var reasons = failed.Select(r => $"{r.WidgetId}: {r.Message ?? "failed"}").Concat(missing.Select(w => $"{w}: no result"));
            return (ApplyStatus.Failed, "batch sync failed for " + string.Join("; ", reasons));
        }

        var synced = result.Results.Count(r => r.Status == WidgetSyncStatus.Synced);
        return synced == 0
            ? (ApplyStatus.AlreadyApplied, $"already on {string.Join(", ", sync.WidgetIds)}")
            : (ApplyStatus.Applied, $"synced to {string.Join(", ", sync.WidgetIds)}");
    }
}
