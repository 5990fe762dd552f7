namespace Reconciler.Cxone.Analytics;

/// <summary>Widget rendering metrics in milliseconds; a metric not requested is null.</summary>
/// <param name="FirstPaint">Time to first paint.</param>
/// <param name="ThemeLoadTime">Time to load the theme.</param>
/// <param name="RenderDuration">Time to render.</param>
public sealed record PerformanceMetrics(double? FirstPaint = null, double? ThemeLoadTime = null, double? RenderDuration = null);
