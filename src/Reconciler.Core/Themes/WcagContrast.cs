using System.Globalization;

namespace Reconciler.Core.Themes;

/// <summary>
/// WCAG 2.1 contrast ratio, computed exactly (no rounding before comparison) from
/// <c>#RRGGBB</c> colours, and WCAG's definition of large text.
/// </summary>
public static class WcagContrast
{
    private static readonly System.Buffers.SearchValues<char> HexDigits =
        System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>Minimum ratio for normal text (success criterion 1.4.3, level AA).</summary>
    public const double NormalTextMinimum = 4.5;

    /// <summary>Minimum ratio for large text (success criterion 1.4.3, level AA).</summary>
    public const double LargeTextMinimum = 3.0;

    /// <summary>Large text is at least 18pt, or 14pt bold; 1pt = 4/3 px.</summary>
    public const double LargeTextPx = 18 * 4.0 / 3.0;

    /// <summary>14pt in px: the large-text threshold for bold text.</summary>
    public const double LargeBoldTextPx = 14 * 4.0 / 3.0;

    /// <summary>The weight from which text counts as bold.</summary>
    public const int BoldWeight = 700;

    /// <summary>True for a string of the form <c>#RRGGBB</c> (hex digits in either case).</summary>
    public static bool IsHexColour(string? value) =>
        value is { Length: 7 } && value[0] == '#' && !value.AsSpan(1).ContainsAnyExcept(HexDigits);

    /// <summary>The contrast ratio of two <c>#RRGGBB</c> colours, from 1 to 21.</summary>
    /// <exception cref="FormatException">When either value is not <c>#RRGGBB</c>.</exception>
    public static double Ratio(string foreground, string background)
    {
        var l1 = RelativeLuminance(foreground);
        var l2 = RelativeLuminance(background);
        var (lighter, darker) = l1 >= l2 ? (l1, l2) : (l2, l1);
        return (lighter + 0.05) / (darker + 0.05);
    }

    /// <summary>True when text of this size and weight is large by WCAG 2.1's definition.</summary>
    public static bool IsLargeText(double sizePx, int weight) =>
        sizePx >= LargeTextPx || (sizePx >= LargeBoldTextPx && weight >= BoldWeight);

    /// <summary>The minimum ratio that text of this size and weight needs.</summary>
    public static double RequiredRatio(double sizePx, int weight) =>
        IsLargeText(sizePx, weight) ? LargeTextMinimum : NormalTextMinimum;

    /// <summary>
    /// Formats a ratio for people, truncated (never rounded up) to two decimals so that a failing
    /// 4.4999 is never shown as a passing-looking "4.50".
    /// </summary>
    public static string Format(double ratio) =>
        (Math.Floor(ratio * 100) / 100).ToString("0.00", CultureInfo.InvariantCulture) + ":1";

    /// <summary>WCAG 2.1 relative luminance of a <c>#RRGGBB</c> colour.</summary>
    public static double RelativeLuminance(string hex)
    {
        if (!IsHexColour(hex))
        {
            throw new FormatException($"'{hex}' is not a #RRGGBB colour.");
        }

        var r = Linearize(int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        var g = Linearize(int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        var b = Linearize(int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        return (0.2126 * r) + (0.7152 * g) + (0.0722 * b);
    }

    private static double Linearize(int channel)
    {
        var s = channel / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
    }
}
