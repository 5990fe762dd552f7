namespace Cxone.Emulator.Tests.Support;

/// <summary>The API paths, spelled once.</summary>
internal static class Paths
{
    public const string Templates = "/api/v1/interactions/digital/templates";
    public const string WebMessaging = "/api/v1/omnichannel/webmessaging";
    public const string Widgets = WebMessaging + "/widgets";
    public const string BatchSync = WebMessaging + "/widgets/batch-sync";
    public const string Performance = "/api/v1/analytics/webmessaging/widget-performance";

    public static string Job(string jobId) => "/api/v1/jobs/" + jobId;

    public static string Versions(string templateId) => $"{Templates}/{templateId}/versions";

    public static string WidgetThemes(string widgetId) => $"{Widgets}/{widgetId}/themes";

    public static string ThemeStatus(string themeId) => $"{WebMessaging}/themes/{themeId}/status";

    public static string Assignments(string widgetId) => $"{Widgets}/{widgetId}/theme-assignments";
}
