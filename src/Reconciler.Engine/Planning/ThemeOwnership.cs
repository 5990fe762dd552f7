using Reconciler.Core.Themes;
using Reconciler.Cxone.Themes;

namespace Reconciler.Engine.Planning;

/// <summary>
/// Which repository theme a live theme version belongs to: the one whose file its metadata names,
/// or — for themes made in the admin console, without our metadata — the one with its name.
/// Built once per plan, so matching is a lookup rather than a scan of every live theme per file.
/// </summary>
internal sealed class ThemeOwnership
{
    private readonly ILookup<string, WidgetTheme> _byKey;
    private readonly ILookup<string, WidgetTheme> _byName;

    public ThemeOwnership(IEnumerable<WidgetTheme> live)
    {
        var themes = live.ToList();
        _byKey = themes.Where(t => KeyOf(t) is not null).ToLookup(t => KeyOf(t)!, StringComparer.Ordinal);
        _byName = themes.Where(t => KeyOf(t) is null).ToLookup(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>Every live version (on every widget) that belongs to <paramref name="theme"/>.</summary>
    public IReadOnlyList<WidgetTheme> VersionsOf(ThemeDocument theme) => [.. _byKey[theme.Key], .. _byName[theme.Name]];

    /// <summary>Live themes that belong to none of <paramref name="themes"/>.</summary>
    public IEnumerable<WidgetTheme> Undeclared(IEnumerable<ThemeDocument> themes)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var theme in themes)
        {
            keys.Add(theme.Key);
            names.Add(theme.Name);
        }

        return _byKey.Where(g => !keys.Contains(g.Key)).SelectMany(g => g)
            .Concat(_byName.Where(g => !names.Contains(g.Key)).SelectMany(g => g));
    }

    /// <summary>The theme file key recorded in the live theme's metadata, if the reconciler published it.</summary>
    public static string? KeyOf(WidgetTheme live) =>
        live.Metadata?.SourcePath is string path && path.StartsWith("themes/", StringComparison.Ordinal)
            ? Path.GetFileNameWithoutExtension(path)
            : null;
}
