using Reconciler.Core.Yaml;

namespace Reconciler.Core.Widgets;

/// <summary>One A/B assignment: a theme shown to a share of a widget's traffic.</summary>
/// <param name="Theme">The theme's key (its file name without extension).</param>
/// <param name="SegmentId">Optional audience segment (<c>seg-premium</c>).</param>
/// <param name="GeoRegion">Optional region (<c>US-EAST</c>).</param>
/// <param name="TrafficWeight">Share of traffic in [0, 1], exact as written.</param>
/// <param name="Node">The assignment's YAML mapping, for positions.</param>
public sealed record WidgetAssignment(string Theme, string? SegmentId, string? GeoRegion, decimal TrafficWeight, YamlMapping Node);
