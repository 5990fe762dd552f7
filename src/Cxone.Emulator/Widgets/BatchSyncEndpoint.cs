using Cxone.Emulator.Auth;
using Cxone.Emulator.Http;
using Cxone.Emulator.Json;
using Cxone.Emulator.State;
using Cxone.Emulator.Themes;

namespace Cxone.Emulator.Widgets;

/// <summary>Copies one ACTIVE theme onto many widgets, reporting per widget; never touches assignments.</summary>
internal static class BatchSyncEndpoint
{
    public const int MaxWidgets = 1000;

    public static void Map(WebApplication app, EmulatorState state) =>
        app.MapPost(ThemeEndpoints.WebMessaging + "/widgets/batch-sync", context => Sync(context, state))
            .RequireScopes(EmulatorScopes.WebMessagingWrite, EmulatorScopes.ConfigWrite);

    private static async Task Sync(HttpContext context, EmulatorState state)
    {
        var (request, error) = await JsonBody.ReadAsync(context, JsonContexts.Web.BatchSyncRequest);
        if (error is null && Validate(request!) is { Count: > 0 } problems)
        {
            error = ApiError.Invalid("Batch sync", problems);
        }

        if (error is not null)
        {
            await error.ToResult().ExecuteAsync(context);
            return;
        }

        var result = state.Run(tx =>
        {
            var themeId = request!.TargetThemeId!;
            if (tx.Themes.Find(themeId) is not { } theme)
            {
                return ApiError.BadRequest($"target_theme_id '{themeId}' is not a known theme; publish it first.").ToResult();
            }

            if (theme.StateAt(tx.Now) is var current && current != "ACTIVE")
            {
                return ApiError.BadRequest($"Theme '{themeId}' is {current}, not ACTIVE; only an active theme can be synced.").ToResult();
            }

            var results = request.WidgetIds!.Select(id => SyncOne(tx, theme, id!, request.OverrideExisting ?? false)).ToList();
            return Results.Json(new BatchSyncView(themeId, results), JsonContexts.Web.BatchSyncView);
        });
        await result.ExecuteAsync(context);
    }

    private static BatchSyncResult SyncOne(StateTransaction tx, ThemeRecord theme, string widgetId, bool overrideExisting)
    {
        if (WidgetAccess.Check(tx, widgetId) is { } denied)
        {
            return new BatchSyncResult(widgetId, "FAILED", denied.Message);
        }

        var widget = tx.Widgets.Find(widgetId);
        if (widget?.FindById(theme.Id) is not null && !overrideExisting)
        {
            return new BatchSyncResult(widgetId, "SKIPPED", "The widget already lists this theme and override_existing is false.");
        }

        if (widget?.FindByNameAndTag(theme.Payload.Name!, theme.Payload.VersionTag!) is { } other && other.Theme.Id != theme.Id)
        {
            return new BatchSyncResult(widgetId, "FAILED",
                $"The widget already has a different theme '{theme.Payload.Name}' version {theme.Payload.VersionTag} (id {other.Theme.Id}); versions are immutable.");
        }

        if (theme.WidgetId == widgetId)
        {
            // The theme was published to this widget: it already lists the original, nothing to copy.
            return new BatchSyncResult(widgetId, "SYNCED", "The theme was published to this widget.");
        }

        tx.Commit(new JournalEntry { Type = JournalEntry.ThemeSynced, Sync = new ThemeSync { WidgetId = widgetId, ThemeId = theme.Id, At = tx.Now } });
        return new BatchSyncResult(widgetId, "SYNCED", null);
    }

    private static List<string> Validate(BatchSyncRequest request)
    {
        var problems = new List<string>();
        if (string.IsNullOrEmpty(request.TargetThemeId))
        {
            problems.Add("target_theme_id is required");
        }

        if (request.WidgetIds is not { Count: > 0 and <= MaxWidgets } ids)
        {
            problems.Add($"widget_ids must list 1 to {MaxWidgets} widget ids");
            return problems;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.IsNullOrEmpty(ids[i]))
            {
                problems.Add($"widget_ids[{i}] is empty");
            }
            else if (!seen.Add(ids[i]!))
            {
                problems.Add($"widget_ids[{i}] '{ids[i]}' is listed twice");
            }
        }

        return problems;
    }
}
