namespace Reconciler.Cxone.Widgets;

/// <summary>One A/B assignment of a theme to a widget's traffic.</summary>
/// <param name="ThemeId">Theme id (must be ACTIVE).</param>
/// <param name="SegmentId">Audience segment, or null.</param>
/// <param name="GeoRegion">Geo region, or null.</param>
/// <param name="TrafficWeight">Share of traffic in [0, 1]; a widget's weights sum to 1.</param>
public sealed record ThemeAssignment(string ThemeId, string? SegmentId, string? GeoRegion, double TrafficWeight)
{
    // For reading: an API that leaves out a null segment or region must not fail the read, and only
    // trailing constructor parameters can be optional.
    [System.Text.Json.Serialization.JsonConstructor]
    internal ThemeAssignment(string themeId, double trafficWeight, string? segmentId = null, string? geoRegion = null)
        : this(themeId, segmentId, geoRegion, trafficWeight)
    {
    }
}
