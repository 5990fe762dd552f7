using System.Text;
using Reconciler.Cxone.Themes;
using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Export;

/// <summary>
/// The file name a live theme gets: the one it was published from when the reconciler published
/// it, otherwise a slug of its name — the same rule the planner uses to match them back.
/// </summary>
internal static class ThemeKeys
{
    public static string For(WidgetTheme theme) => ThemeOwnership.KeyOf(theme) ?? Slug(theme.Name);

    public static string Slug(string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? "theme" : text;
    }
}
