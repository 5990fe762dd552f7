using System.Globalization;
using Cxone.Emulator.Auth;
using Cxone.Emulator.Http;
using Cxone.Emulator.Json;
using Cxone.Emulator.State;
using Cxone.Emulator.Themes;

namespace Cxone.Emulator.Widgets;

/// <summary>A widget's weighted A/B theme assignments: replace them (PUT), list them (GET).</summary>
internal static class AssignmentEndpoints
{
    public const string Strategy = "weighted_random";

    /// <summary>How far the weights may sum from 1.0 (floating point: 0.7 + 0.2 + 0.1 ≠ 1.0 exactly).</summary>
    public const double WeightTolerance = 1e-6;

    private const string Route = ThemeEndpoints.WebMessaging + "/widgets/{widgetId}/theme-assignments";

    public static void Map(WebApplication app, EmulatorState state)
    {
        app.MapPut(Route, context => Replace(context, state))
            .RequireScopes(EmulatorScopes.WebMessagingWrite, EmulatorScopes.ConfigWrite);
        app.MapGet(Route, context => List(context, state)).RequireScopes(EmulatorScopes.WebMessagingRead);
    }

    private static async Task Replace(HttpContext context, EmulatorState state)
    {
        var widgetId = (string)context.Request.RouteValues["widgetId"]!;
        var (request, error) = await JsonBody.ReadAsync(context, JsonContexts.Web.AssignmentsRequest);
        if (error is not null)
        {
            await error.ToResult().ExecuteAsync(context);
            return;
        }

        var result = state.Run(tx =>
        {
            if (WidgetAccess.Check(tx, widgetId) is { } denied)
            {
                return denied.ToResult();
            }

            var problems = Validate(request!, widgetId, tx);
            if (problems.Count > 0)
            {
                return ApiError.Invalid("Assignments", problems).ToResult();
            }

            var items = request!.Assignments!
                .Select(a => new AssignmentItem(a!.ThemeId!, a.SegmentId, a.GeoRegion, a.TrafficWeight!.Value))
                .ToList();
            tx.Commit(new JournalEntry
            {
                Type = JournalEntry.AssignmentsSet,
                Assignments = new AssignmentSet { WidgetId = widgetId, Strategy = Strategy, Assignments = items, At = tx.Now },
            });
            return Results.Json(new AssignmentsView(widgetId, Strategy, items), JsonContexts.Web.AssignmentsView);
        });
        await result.ExecuteAsync(context);
    }

    private static Task List(HttpContext context, EmulatorState state)
    {
        var widgetId = (string)context.Request.RouteValues["widgetId"]!;
        if (PageRequest.TryParse(context.Request.Query, out var page) is { } badPage)
        {
            return badPage.ToResult().ExecuteAsync(context);
        }

        var result = state.Run(tx =>
        {
            if (WidgetAccess.Check(tx, widgetId) is { } denied)
            {
                return denied.ToResult();
            }

            var widget = tx.Widgets.Find(widgetId);
            var slice = page.Slice(widget?.Assignments ?? [], a => a);
            return Results.Json(
                new AssignmentPage(widgetId, widget?.Strategy ?? Strategy, slice.Items, slice.PageNumber, slice.PageSize, slice.TotalItems, slice.TotalPages),
                JsonContexts.Web.AssignmentPage);
        });
        return result.ExecuteAsync(context);
    }

    private static List<string> Validate(AssignmentsRequest request, string widgetId, StateTransaction tx)
    {
        var problems = new List<string>();
        if (request.WidgetId != widgetId)
        {
            problems.Add($"widget_id '{request.WidgetId}' must equal the widget in the path, '{widgetId}'");
        }

        if (request.Strategy != Strategy)
        {
            problems.Add($"strategy '{request.Strategy}' is not supported; use \"{Strategy}\"");
        }

        if (request.Assignments is not { Count: > 0 } assignments)
        {
            problems.Add("assignments must hold at least one {theme_id, traffic_weight}");
            return problems;
        }

        var sum = 0.0;
        for (var i = 0; i < assignments.Count; i++)
        {
            var where = $"assignments[{i}]";
            if (assignments[i] is not { } assignment)
            {
                problems.Add($"{where} must be an object {{theme_id, segment_id, geo_region, traffic_weight}}");
                continue;
            }

            CheckTheme(where, assignment.ThemeId, tx, problems);
            if (assignment.TrafficWeight is not { } weight || double.IsNaN(weight) || weight < 0 || weight > 1)
            {
                problems.Add($"{where}.traffic_weight must be a number from 0 to 1");
            }
            else
            {
                sum += weight;
            }

            Optional(where + ".segment_id", assignment.SegmentId, problems);
            Optional(where + ".geo_region", assignment.GeoRegion, problems);
        }

        if (problems.Count == 0 && Math.Abs(sum - 1.0) > WeightTolerance)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"traffic weights sum to {sum:0.######}; they must sum to 1.0"));
        }

        return problems;
    }

    private static void CheckTheme(string where, string? themeId, StateTransaction tx, List<string> problems)
    {
        if (string.IsNullOrEmpty(themeId))
        {
            problems.Add($"{where}.theme_id is required");
        }
        else if (tx.Themes.Find(themeId) is not { } theme)
        {
            problems.Add($"{where}.theme_id '{themeId}' is not a known theme; publish it first");
        }
        else if (theme.StateAt(tx.Now) is var current && current != "ACTIVE")
        {
            problems.Add($"{where}.theme_id '{themeId}' is {current}, not ACTIVE; wait for activation (GET …/themes/{themeId}/status) or fix the theme");
        }
    }

    private static void Optional(string field, string? value, List<string> problems)
    {
        if (value is not null && (value.Length is 0 or > 100 || value.Any(char.IsWhiteSpace)))
        {
            problems.Add($"{field} '{value}' must be 1–100 characters without spaces, or null");
        }
    }
}
