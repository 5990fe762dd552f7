using Reconciler.Core.Themes;
using Reconciler.Cxone.Themes;

namespace Reconciler.Engine.Planning;

/// <summary>
/// Which repository theme a live theme version belongs to: the one whose file its metadata names,
/// or — for themes made in the admin console, without our metadata — the one with its name.
/// </summary>
internal static class ThemeOwnership
{
    public static bool BelongsTo(WidgetTheme live, ThemeDocument theme) =>
        KeyOf(live) is string key ? key == theme.Key : live.Name == theme.Name;

    /// <summary>The theme file key recorded in the live theme's metadata, if the reconciler published it.</summary>
    public static string? KeyOf(WidgetTheme live) =>
        live.Metadata?.SourcePath is string path && path.StartsWith("themes/", StringComparison.Ordinal)
            ? Path.GetFileNameWithoutExtension(path)
            : null;
}
