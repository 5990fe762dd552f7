using System.Globalization;
using System.Text;
using Reconciler.Core.Themes;

namespace Reconciler.Preview.Rendering;

/// <summary>
/// Turns theme values into CSS that cannot break out of its declaration. Colours are accepted only
/// as <c>#RRGGBB</c>; a font family is reduced to a whitelist of characters and quoted, so
/// <c>Inter;}&lt;/style&gt;&lt;script&gt;</c> becomes a harmless (if odd) family name.
/// </summary>
public static class CssValues
{
    /// <summary>The fallback stack after the theme's own family.</summary>
    public const string FallbackFonts = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

    /// <summary>The colour as lower-case <c>#rrggbb</c>.</summary>
    /// <exception cref="FormatException">The value is not <c>#RRGGBB</c>.</exception>
    public static string Colour(string value)
    {
        if (!WcagContrast.IsHexColour(value))
        {
            throw new FormatException($"'{value}' is not a #RRGGBB colour.");
        }

        return value.ToLowerInvariant();
    }

    /// <summary>
    /// A quoted CSS family name followed by the fallbacks. Letters, digits, spaces, hyphens and
    /// underscores survive; everything else is dropped, because no real family needs quotes,
    /// semicolons, braces, angle brackets or backslashes.
    /// </summary>
    public static string FontFamily(string family)
    {
        ArgumentNullException.ThrowIfNull(family);
        var kept = new StringBuilder(family.Length);
        foreach (var c in family.Trim())
        {
            if (char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')
            {
                kept.Append(c);
            }
        }

        var name = kept.ToString().Trim();
        return name.Length == 0 ? FallbackFonts : $"\"{name}\", {FallbackFonts}";
    }

    /// <summary>A whole number of pixels clamped to <paramref name="min"/>–<paramref name="max"/>.</summary>
    public static string Pixels(int value, int min, int max) =>
        Math.Clamp(value, min, max).ToString(CultureInfo.InvariantCulture) + "px";
}
