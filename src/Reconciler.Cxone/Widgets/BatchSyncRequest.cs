namespace Reconciler.Cxone.Widgets;

/// <summary>Body of the batch-sync POST.</summary>
internal sealed record BatchSyncRequest(IReadOnlyList<string> WidgetIds, string TargetThemeId, bool OverrideExisting);
