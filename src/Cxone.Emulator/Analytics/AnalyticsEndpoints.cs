using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Cxone.Emulator.Auth;
using Cxone.Emulator.Http;
using Cxone.Emulator.Json;
using Cxone.Emulator.State;
using Cxone.Emulator.Widgets;

namespace Cxone.Emulator.Analytics;

/// <summary>
/// Widget-performance analytics with synthetic figures: a hash of (widget, start, end) picks each
/// metric within a plausible range, so the same question always gets the same answer.
/// </summary>
internal static class AnalyticsEndpoints
{
    /// <summary>Each metric with its range in milliseconds.</summary>
    public static readonly IReadOnlyList<(string Name, double Min, double Max)> Metrics =
    [
        ("first_paint", 180, 900),
        ("theme_load_time", 40, 320),
        ("render_duration", 12, 140),
    ];

    public static void Map(WebApplication app, EmulatorState state) =>
        app.MapGet("/api/v1/analytics/webmessaging/widget-performance", context => Performance(context, state))
            .RequireScopes(EmulatorScopes.AnalyticsRead);

    /// <summary>The figure for one metric; a pure function of its inputs.</summary>
    public static double Figure(string widgetId, string start, string end, int metricIndex)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{widgetId}|{start}|{end}"));
        var draw = BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(metricIndex * 4, 4)) / (double)uint.MaxValue;
        var (_, min, max) = Metrics[metricIndex];
        return Math.Round(min + (draw * (max - min)), 1);
    }

    private static Task Performance(HttpContext context, EmulatorState state)
    {
        var query = context.Request.Query;
        var widgetId = query["widget_id"].ToString();
        var start = query["start_date"].ToString();
        var end = query["end_date"].ToString();
        var problems = new List<string>();
        var startDate = Date("start_date", start, problems);
        var endDate = Date("end_date", end, problems);
        if (startDate > endDate)
        {
            problems.Add($"start_date {start} is after end_date {end}");
        }

        var wanted = SelectMetrics(query["metrics"].ToString(), problems);
        if (string.IsNullOrEmpty(widgetId))
        {
            problems.Add("widget_id is required");
        }

        var result = problems.Count > 0
            ? ApiError.Invalid("Analytics query", problems).ToResult()
            : state.Run(tx => WidgetAccess.Check(tx, widgetId) is { } denied
                ? denied.ToResult()
                : Results.Json(
                    new PerformanceView(widgetId, start, end, wanted.ToDictionary(i => Metrics[i].Name, i => Figure(widgetId, start, end, i))),
                    JsonContexts.Web.PerformanceView));
        return result.ExecuteAsync(context);
    }

    private static DateOnly? Date(string name, string value, List<string> problems)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(value.Length == 0 ? $"{name} is required (YYYY-MM-DD)" : $"{name} '{value}' must be a date YYYY-MM-DD");
        return null;
    }

    private static List<int> SelectMetrics(string requested, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            return Enumerable.Range(0, Metrics.Count).ToList();
        }

        var selected = new List<int>();
        foreach (var name in requested.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var index = Metrics.ToList().FindIndex(m => m.Name == name);
            if (index < 0)
            {
                problems.Add($"metric '{name}' is unknown; choose from {string.Join(", ", Metrics.Select(m => m.Name))}");
            }
            else if (!selected.Contains(index))
            {
                selected.Add(index);
            }
        }

        return selected;
    }
}
