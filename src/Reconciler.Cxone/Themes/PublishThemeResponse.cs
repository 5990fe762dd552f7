namespace Reconciler.Cxone.Themes;

/// <summary>The 201/202 answer to a theme publish.</summary>
internal sealed record PublishThemeResponse(string Id, string? WidgetId, string? VersionTag, ThemeState State);
