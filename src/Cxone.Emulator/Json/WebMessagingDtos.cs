using System.Text.Json;

namespace Cxone.Emulator.Json;

/// <summary>Body of a theme publish: the theme tutorial's <c>theme.dict()</c> plus <c>id</c> and <c>version_tag</c>.</summary>
internal sealed class ThemePayload
{
    public string? Id { get; set; }

    public string? VersionTag { get; set; }

    public string? Name { get; set; }

    public string? BackgroundColor { get; set; }

    public string? PrimaryColor { get; set; }

    public FontPayload? Font { get; set; }

    public List<ButtonPayload?>? Buttons { get; set; }

    public int? BorderRadiusPx { get; set; }

    public int? MaxWidthPx { get; set; }

    public JsonElement? Metadata { get; set; }
}

/// <summary>The theme's body font.</summary>
internal sealed class FontPayload
{
    public string? Family { get; set; }

    public int? SizePx { get; set; }

    public int? Weight { get; set; }

    public string? Color { get; set; }
}

/// <summary>One widget button.</summary>
internal sealed class ButtonPayload
{
    public string? Label { get; set; }

    public string? Color { get; set; }

    public string? TextColor { get; set; }

    public string? Position { get; set; }

    public string? IconUrl { get; set; }
}

/// <summary>Answer to a theme publish.</summary>
internal sealed record ThemeAccepted(string Id, string WidgetId, string VersionTag, string State);

/// <summary>Answer to <c>GET …/themes/{themeId}/status</c>.</summary>
internal sealed record ThemeStatusView(string Id, string State, string? ErrorMessage);

/// <summary>A theme as a widget lists it.</summary>
internal sealed record ThemeItem(
    string Id,
    string VersionTag,
    string Name,
    string BackgroundColor,
    string PrimaryColor,
    FontPayload Font,
    IReadOnlyList<ButtonPayload?> Buttons,
    int BorderRadiusPx,
    int MaxWidthPx,
    JsonElement? Metadata,
    string WidgetId,
    string State,
    string? ErrorMessage,
    DateTimeOffset CreatedAt,
    string? SyncedFrom);

/// <summary>One assignment in the tenant-wide assignment list: the widget's row, with the widget and its strategy.</summary>
internal sealed record TenantAssignmentItem(string WidgetId, string Strategy, string ThemeId, string? SegmentId, string? GeoRegion, double TrafficWeight);

/// <summary>A widget in the widget list.</summary>
internal sealed record WidgetItem(string WidgetId, DateTimeOffset CreatedAt);

/// <summary>One weighted theme assignment.</summary>
internal sealed class AssignmentPayload
{
    public string? ThemeId { get; set; }

    public string? SegmentId { get; set; }

    public string? GeoRegion { get; set; }

    public double? TrafficWeight { get; set; }
}

/// <summary>Body of the assignments PUT.</summary>
internal sealed class AssignmentsRequest
{
    public string? WidgetId { get; set; }

    public List<AssignmentPayload?>? Assignments { get; set; }

    public string? Strategy { get; set; }
}

/// <summary>A stored assignment.</summary>
internal sealed record AssignmentItem(string ThemeId, string? SegmentId, string? GeoRegion, double TrafficWeight);

/// <summary>Answer to the assignments PUT.</summary>
internal sealed record AssignmentsView(string WidgetId, string Strategy, IReadOnlyList<AssignmentItem> Assignments);

/// <summary>Body of batch sync.</summary>
internal sealed class BatchSyncRequest
{
    public List<string?>? WidgetIds { get; set; }

    public string? TargetThemeId { get; set; }

    public bool? OverrideExisting { get; set; }
}

/// <summary>What batch sync did to one widget.</summary>
internal sealed record BatchSyncResult(string WidgetId, string Status, string? Message);

/// <summary>Answer to batch sync.</summary>
internal sealed record BatchSyncView(string TargetThemeId, IReadOnlyList<BatchSyncResult> Results);

/// <summary>Answer to widget-performance analytics.</summary>
internal sealed record PerformanceView(string WidgetId, string StartDate, string EndDate, IReadOnlyDictionary<string, double> Metrics);
