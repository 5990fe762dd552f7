namespace Reconciler.Cxone.Widgets;

/// <summary>The answer to a batch sync: one result per widget.</summary>
/// <param name="TargetThemeId">The theme that was spread.</param>
/// <param name="Results">Per-widget results.</param>
public sealed record BatchSyncResult(string TargetThemeId, IReadOnlyList<WidgetSyncResult> Results);
