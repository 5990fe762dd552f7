namespace Reconciler.Cli.Tests.Reliability;

/// <summary>What <see cref="LargeContentRepository"/> wrote: the declared state the live state must equal.</summary>
internal sealed record GeneratedContent(
    IReadOnlyList<string> Locales,
    IReadOnlyList<GeneratedTemplate> Templates,
    IReadOnlyList<GeneratedTheme> Themes,
    IReadOnlyList<GeneratedWidget> Widgets)
{
    /// <summary>One CXone template version per (template, locale).</summary>
    public int TemplateVersions => Templates.Count * Locales.Count;

    /// <summary>Every template version, theme publish, assignment set and batch sync a first apply performs.</summary>
    public int ApplicableChanges => TemplateVersions + Themes.Count + Widgets.Count + SharedThemes;

    /// <summary>Themes used by more than one widget: each is published once and spread by one batch sync.</summary>
    public int SharedThemes => Themes.Count(t => WidgetsUsing(t.Key).Count > 1);

    /// <summary>The widgets that assign a theme, in id order; the first is where it is published.</summary>
    public IReadOnlyList<string> WidgetsUsing(string themeKey) => Widgets
        .Where(w => w.Assignments.Any(a => a.ThemeKey == themeKey))
        .Select(w => w.WidgetId)
        .Order(StringComparer.Ordinal)
        .ToList();
}
