namespace Reconciler.Cxone.Analytics;

/// <summary>Names of the metrics the performance call accepts.</summary>
public static class PerformanceMetricNames
{
    /// <summary>Time to first paint.</summary>
    public const string FirstPaint = "first_paint";

    /// <summary>Time to load the theme.</summary>
    public const string ThemeLoadTime = "theme_load_time";

    /// <summary>Time to render.</summary>
    public const string RenderDuration = "render_duration";

    /// <summary>All of them.</summary>
    public static IReadOnlyList<string> All { get; } = [FirstPaint, ThemeLoadTime, RenderDuration];
}
