using Cxone.Emulator.Auth;
using Cxone.Emulator.Http;
using Cxone.Emulator.Json;
using Cxone.Emulator.State;
using Cxone.Emulator.Widgets;

namespace Cxone.Emulator.Themes;

/// <summary>Theme publish, activation status, and the widget and theme lists.</summary>
internal static class ThemeEndpoints
{
    public const string WebMessaging = "/api/v1/omnichannel/webmessaging";

    public static void Map(WebApplication app, EmulatorState state)
    {
        app.MapPost(WebMessaging + "/widgets/{widgetId}/themes", context => Publish(context, state)).RequireScopes(EmulatorScopes.WebMessagingWrite);
        app.MapGet(WebMessaging + "/widgets/{widgetId}/themes", context => ListThemes(context, state)).RequireScopes(EmulatorScopes.WebMessagingRead);
        app.MapGet(WebMessaging + "/themes/{themeId}/status", context => Status(context, state)).RequireScopes(EmulatorScopes.WebMessagingRead);
        app.MapGet(WebMessaging + "/widgets", context => ListWidgets(context, state)).RequireScopes(EmulatorScopes.WebMessagingRead);
    }

    private static async Task Publish(HttpContext context, EmulatorState state)
    {
        var widgetId = (string)context.Request.RouteValues["widgetId"]!;
        var (theme, error) = await JsonBody.ReadAsync(context, JsonContexts.Web.ThemePayload);
        if (error is null)
        {
            var problems = ThemeValidator.Validate(theme!);
            error = problems.Count > 0 ? ApiError.Invalid("Theme", problems) : null;
        }

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

            if (tx.Themes.Find(theme!.Id!) is { } sameId)
            {
                return (ApiError.Conflict($"A theme with id '{theme.Id}' already exists (on widget {sameId.WidgetId}); theme ids are unique, so publish with a new id.")
                    with
                { ExistingId = sameId.Id }).ToResult();
            }

            // A theme that FAILED activation never went live, so it does not hold its version tag:
            // the same tag may be published again under a new id (what the failure message asks for).
            if (tx.Widgets.Find(widgetId)?.FindByNameAndTag(theme.Name!, theme.VersionTag!) is { } sameTag
                && sameTag.Theme.StateAt(tx.Now) != "FAILED")
            {
                return (ApiError.Conflict(
                        $"Widget {widgetId} already has theme '{theme.Name}' version {theme.VersionTag} (id {sameTag.Theme.Id}); versions are immutable, so publish a new version tag.")
                    with
                { ExistingId = sameTag.Theme.Id }).ToResult();
            }

            var failure = ThemeValidator.ContrastFailure(theme)
                ?? (tx.NextJobFails() ? "Simulated activation failure (--job-failure-rate); publish the theme again with a new id." : null);
            var record = new ThemeRecord
            {
                Payload = theme,
                WidgetId = widgetId,
                CreatedAt = tx.Now,
                ActivatesAt = tx.Now + tx.Options.JobLatency,
                FailureMessage = failure,
            };
            tx.Commit(new JournalEntry { Type = JournalEntry.ThemePublished, Theme = record });
            return Results.Json(new ThemeAccepted(record.Id, widgetId, theme.VersionTag!, record.StateAt(tx.Now)),
                JsonContexts.Web.ThemeAccepted, statusCode: StatusCodes.Status202Accepted);
        });
        await result.ExecuteAsync(context);
    }

    private static Task Status(HttpContext context, EmulatorState state)
    {
        var themeId = (string)context.Request.RouteValues["themeId"]!;
        var result = state.Run(tx =>
        {
            if (tx.Themes.Find(themeId) is not { } theme)
            {
                return ApiError.NotFound($"No theme '{themeId}'; theme ids are the 'id' sent when publishing.").ToResult();
            }

            var current = theme.StateAt(tx.Now);
            return Results.Json(new ThemeStatusView(theme.Id, current, current == "FAILED" ? theme.FailureMessage : null), JsonContexts.Web.ThemeStatusView);
        });
        return result.ExecuteAsync(context);
    }

    private static Task ListThemes(HttpContext context, EmulatorState state)
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

            // A widget never named yet simply has no themes (reads do not create widgets).
            var themes = tx.Widgets.Find(widgetId)?.Themes ?? [];
            return Results.Json(page.Slice(themes, t => ToItem(t, widgetId, tx.Now)), JsonContexts.Web.PageThemeItem);
        });
        return result.ExecuteAsync(context);
    }

    private static Task ListWidgets(HttpContext context, EmulatorState state)
    {
        var result = PageRequest.TryParse(context.Request.Query, out var page) is { } error
            ? error.ToResult()
            : state.Run(tx => Results.Json(page.Slice(tx.VisibleWidgets(), w => new WidgetItem(w.WidgetId, w.CreatedAt)), JsonContexts.Web.PageWidgetItem));
        return result.ExecuteAsync(context);
    }

    /// <summary>The list item for a theme as <paramref name="widgetId"/> lists it.</summary>
    public static ThemeItem ToItem(WidgetTheme listed, string widgetId, DateTimeOffset now)
    {
        var theme = listed.Theme;
        var p = theme.Payload;
        var state = theme.StateAt(now);
        return new ThemeItem(p.Id!, p.VersionTag!, p.Name!, p.BackgroundColor!, p.PrimaryColor!, p.Font!, p.Buttons!,
            p.BorderRadiusPx!.Value, p.MaxWidthPx!.Value, p.Metadata, widgetId, state, state == "FAILED" ? theme.FailureMessage : null,
            listed.ListedAt, listed.SyncedFrom);
    }
}
