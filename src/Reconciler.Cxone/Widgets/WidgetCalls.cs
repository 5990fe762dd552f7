using Reconciler.Cxone.Http;
using Reconciler.Cxone.Json;

namespace Reconciler.Cxone.Widgets;

/// <summary>
/// Widget calls. The assignments PUT replaces the whole set and batch sync converges (a repeat
/// syncs or skips the same widgets), so both are safe to retry after a lost answer.
/// </summary>
internal sealed class WidgetCalls(CxoneTransport transport, PageReader pages)
{
    private const string WidgetsPath = "api/v1/omnichannel/webmessaging/widgets";

    public IAsyncEnumerable<Widget> ListWidgetsAsync(CancellationToken cancellationToken) =>
        pages.ReadAllAsync(WidgetsPath, null, WebMessagingJsonContext.Default.ApiPageWidget, cancellationToken);

    public IAsyncEnumerable<ThemeAssignment> ListAssignmentsAsync(string widgetId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(widgetId);
        return pages.ReadAllAsync(AssignmentsPath(widgetId), null, WebMessagingJsonContext.Default.ApiPageThemeAssignment, cancellationToken);
    }

    public IAsyncEnumerable<TenantAssignment> ListAllAssignmentsAsync(CancellationToken cancellationToken) =>
        pages.ReadAllAsync("api/v1/omnichannel/webmessaging/theme-assignments", null, WebMessagingJsonContext.Default.ApiPageTenantAssignment, cancellationToken);

    public Task<AssignmentSet> PutAssignmentsAsync(string widgetId, IReadOnlyList<ThemeAssignment> assignments, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(widgetId);
        ArgumentNullException.ThrowIfNull(assignments);
        var request = new AssignmentsRequest(widgetId, assignments, AssignmentSet.WeightedRandom);
        byte[] body = CxoneTransport.Serialize(request, WebMessagingJsonContext.Default.AssignmentsRequest);
        return transport.SendAsync(ApiCall.Put(AssignmentsPath(widgetId)), body, WebMessagingJsonContext.Default.AssignmentSet, cancellationToken);
    }

    public Task<BatchSyncResult> BatchSyncAsync(IReadOnlyList<string> widgetIds, string themeId, bool overrideExisting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(widgetIds);
        ArgumentException.ThrowIfNullOrWhiteSpace(themeId);
        if (widgetIds.Count == 0)
        {
            return Task.FromResult(new BatchSyncResult(themeId, []));
        }

        byte[] body = CxoneTransport.Serialize(new BatchSyncRequest(widgetIds, themeId, overrideExisting), WebMessagingJsonContext.Default.BatchSyncRequest);
        return transport.SendAsync(ApiCall.Post(WidgetsPath + "/batch-sync"), body, WebMessagingJsonContext.Default.BatchSyncResult, cancellationToken);
    }

    private static string AssignmentsPath(string widgetId) => $"{WidgetsPath}/{ApiCall.Segment(widgetId)}/theme-assignments";
}
