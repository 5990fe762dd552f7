namespace Reconciler.Cxone.Widgets;

/// <summary>One row of the tenant-wide assignment list: a widget's assignment, with the widget and its strategy.</summary>
/// <param name="WidgetId">The widget the assignment belongs to.</param>
/// <param name="Strategy">The widget's strategy (<c>weighted_random</c>).</param>
/// <param name="ThemeId">Theme id.</param>
/// <param name="TrafficWeight">Share of the widget's traffic in [0, 1].</param>
/// <param name="SegmentId">Audience segment, or null.</param>
/// <param name="GeoRegion">Geo region, or null.</param>
public sealed record TenantAssignment(string WidgetId, string Strategy, string ThemeId, double TrafficWeight, string? SegmentId = null, string? GeoRegion = null)
{
    /// <summary>The row as the per-widget list would give it.</summary>
    public ThemeAssignment ToAssignment() => new(ThemeId, SegmentId, GeoRegion, TrafficWeight);
}
