using Reconciler.Core.Schemas;

namespace Reconciler.Core.Content;

/// <summary>
/// The repository layout. <c>templates/</c> may have subfolders (group templates by team or
/// product); <c>themes/</c> and <c>widgets/</c> are flat, because a widget names a theme by its
/// bare file name and two themes in different folders could share it. Only <c>.yaml</c> and
/// <c>.yml</c> files are content; dotfiles such as <c>.gitkeep</c> are ignored silently.
/// </summary>
public static class ContentPaths
{
    /// <summary>The folders content lives in.</summary>
    public static IReadOnlyList<string> Folders { get; } = ["templates/", "themes/", "widgets/"];

    /// <summary>True for every path the loader wants to see (content and files it warns about).</summary>
    public static bool IsOfInterest(string path) =>
        IsSettings(path) || Folders.Any(f => path.StartsWith(f, StringComparison.Ordinal));

    /// <summary>True for <c>reconciler.yaml</c> or <c>reconciler.yml</c> at the root.</summary>
    public static bool IsSettings(string path) => path is "reconciler.yaml" or "reconciler.yml";

    /// <summary>The kind of a content file, or null when the path is not content.</summary>
    public static ContentKind? KindOf(string path)
    {
        if (IsSettings(path))
        {
            return ContentKind.Settings;
        }

        if (!IsYaml(path))
        {
            return null;
        }

        if (path.StartsWith("templates/", StringComparison.Ordinal))
        {
            return ContentKind.Template;
        }

        var flat = path.AsSpan().Count('/') == 1;
        return !flat ? null
            : path.StartsWith("themes/", StringComparison.Ordinal) ? ContentKind.Theme
            : path.StartsWith("widgets/", StringComparison.Ordinal) ? ContentKind.Widget
            : null;
    }

    /// <summary>True for a file the loader skips without a word: dotfiles like <c>.gitkeep</c>.</summary>
    public static bool IsSilentlyIgnored(string path) => FileName(path).StartsWith('.');

    /// <summary>
    /// True when the path holds a control character (a line break, ESC, …): such a name breaks
    /// every line-oriented report and would become part of a theme's key, so it is not read.
    /// </summary>
    public static bool HasControlCharacter(string path)
    {
        foreach (var c in path)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The file name without folder and extension: a theme's key.</summary>
    public static string Stem(string path)
    {
        var name = FileName(path);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name[..dot] : name;
    }

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
