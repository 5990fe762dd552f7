namespace Reconciler.Cxone.Analytics;

/// <summary>A widget's performance over a date range.</summary>
/// <param name="WidgetId">Widget id.</param>
/// <param name="StartDate">First day (<c>YYYY-MM-DD</c>).</param>
/// <param name="EndDate">Last day (<c>YYYY-MM-DD</c>).</param>
/// <param name="Metrics">The metrics.</param>
public sealed record WidgetPerformance(string WidgetId, string StartDate, string EndDate, PerformanceMetrics Metrics);
