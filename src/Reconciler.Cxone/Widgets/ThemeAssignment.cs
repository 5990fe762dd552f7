namespace Reconciler.Cxone.Widgets;

/// <summary>One A/B assignment of a theme to a widget's traffic.</summary>
/// <param name="ThemeId">Theme id (must be ACTIVE).</param>
/// <param name="SegmentId">Audience segment, or null.</param>
/// <param name="GeoRegion">Geo region, or null.</param>
/// <param name="TrafficWeight">Share of traffic in [0, 1]; a widget's weights sum to 1.</param>
public sealed record ThemeAssignment(string ThemeId, string? SegmentId, string? GeoRegion, double TrafficWeight);
