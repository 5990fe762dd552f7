using System.Globalization;
using Reconciler.Cxone.Http;
using Reconciler.Cxone.Json;

namespace Reconciler.Cxone.Analytics;

/// <summary>Analytics calls.</summary>
internal sealed class AnalyticsCalls(CxoneTransport transport)
{
    private const string PerformancePath = "api/v1/analytics/webmessaging/widget-performance";

    public Task<WidgetPerformance> GetWidgetPerformanceAsync(
        string widgetId,
        DateOnly from,
        DateOnly to,
        IReadOnlyList<string>? metrics,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(widgetId);
        if (to < from)
        {
            throw new ArgumentException($"The end date {to:yyyy-MM-dd} is before the start date {from:yyyy-MM-dd}.", nameof(to));
        }

        IReadOnlyList<string> wanted = metrics is { Count: > 0 } ? metrics : PerformanceMetricNames.All;
        string? unknown = wanted.FirstOrDefault(m => !PerformanceMetricNames.All.Contains(m));
        if (unknown is not null)
        {
            throw new ArgumentException($"Unknown metric '{unknown}'; use {string.Join(", ", PerformanceMetricNames.All)}.", nameof(metrics));
        }

        string query = string.Join(
            '&',
            "widget_id=" + Uri.EscapeDataString(widgetId),
            "start_date=" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "end_date=" + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "metrics=" + Uri.EscapeDataString(string.Join(',', wanted)));
        return transport.SendAsync(ApiCall.Get(PerformancePath, query), null, WebMessagingJsonContext.Default.WidgetPerformance, cancellationToken);
    }
}
