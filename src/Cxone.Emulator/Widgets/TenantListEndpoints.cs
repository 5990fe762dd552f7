using Cxone.Emulator.Auth;
using Cxone.Emulator.Http;
using Cxone.Emulator.Json;
using Cxone.Emulator.State;
using Cxone.Emulator.Themes;

namespace Cxone.Emulator.Widgets;

/// <summary>
/// Tenant-wide reads of every widget's themes and assignments. SPEC §5 only lists them per widget,
/// which makes reading live state cost two requests per widget; these make it cost pages instead
/// (see API.md, "Tenant-wide lists"). Items are exactly the per-widget lists' items, concatenated in
/// widget order, so a client can use either form.
/// </summary>
internal static class TenantListEndpoints
{
    public static void Map(WebApplication app, EmulatorState state)
    {
        app.MapGet(ThemeEndpoints.WebMessaging + "/themes", context => ListThemes(context, state)).RequireScopes(EmulatorScopes.WebMessagingRead);
        app.MapGet(ThemeEndpoints.WebMessaging + "/theme-assignments", context => ListAssignments(context, state)).RequireScopes(EmulatorScopes.WebMessagingRead);
    }

    private static Task ListThemes(HttpContext context, EmulatorState state)
    {
        var result = PageRequest.TryParse(context.Request.Query, out var page) is { } error
            ? error.ToResult()
            : state.Run(tx =>
            {
                var listed = tx.VisibleWidgets().SelectMany(w => w.Themes.Select(t => (Widget: w.WidgetId, Theme: t))).ToList();
                return Results.Json(page.Slice(listed, l => ThemeEndpoints.ToItem(l.Theme, l.Widget, tx.Now)), JsonContexts.Web.PageThemeItem);
            });
        return result.ExecuteAsync(context);
    }

    private static Task ListAssignments(HttpContext context, EmulatorState state)
    {
        var result = PageRequest.TryParse(context.Request.Query, out var page) is { } error
            ? error.ToResult()
            : state.Run(tx =>
            {
                var rows = tx.VisibleWidgets()
                    .SelectMany(w => w.Assignments.Select(a => new TenantAssignmentItem(w.WidgetId, w.Strategy, a.ThemeId, a.SegmentId, a.GeoRegion, a.TrafficWeight)))
                    .ToList();
                return Results.Json(page.Slice(rows, r => r), JsonContexts.Web.PageTenantAssignmentItem);
            });
        return result.ExecuteAsync(context);
    }
}
