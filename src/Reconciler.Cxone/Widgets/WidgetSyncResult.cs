namespace Reconciler.Cxone.Widgets;

/// <summary>Batch sync's result for one widget.</summary>
/// <param name="WidgetId">Widget id.</param>
/// <param name="Status">What happened.</param>
/// <param name="Message">CXone's explanation, if any.</param>
public sealed record WidgetSyncResult(string WidgetId, WidgetSyncStatus Status, string? Message = null);
