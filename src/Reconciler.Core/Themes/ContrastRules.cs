using System.Globalization;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Validation;
using Reconciler.Core.Yaml;

namespace Reconciler.Core.Themes;

/// <summary>
/// WCAG 2.1 contrast, exact and unrounded. Body text (font.color on backgroundColor) needs 4.5:1,
/// or 3:1 when the font is large by WCAG's definition. Button labels always need 4.5:1: a theme
/// does not set the size buttons render at, so the large-text relief is never assumed for them
/// (this also matches SPEC §3's plain "≥ 4.5:1" for buttons).
/// </summary>
internal static class ContrastRules
{
    public static void Check(ThemeDocument theme, DiagnosticBag bag)
    {
        var font = theme.Node["font"] as YamlMapping ?? theme.Node;
        if (Valid(theme.Font.Color, theme.BackgroundColor))
        {
            var ratio = WcagContrast.Ratio(theme.Font.Color, theme.BackgroundColor);
            var large = WcagContrast.IsLargeText(theme.Font.SizePx, theme.Font.Weight);
            var required = large ? WcagContrast.LargeTextMinimum : WcagContrast.NormalTextMinimum;
            if (ratio < required)
            {
                var kind = large ? "large" : "normal";
                bag.Error(theme.Path, font.PositionOf("color"), DiagnosticCodes.BodyContrast,
                    $"Body text {theme.Font.Color} on background {theme.BackgroundColor} has contrast {WcagContrast.Format(ratio)}, below the WCAG 2.1 AA minimum of {Format(required)} for {kind} text ({theme.Font.SizePx}px, weight {theme.Font.Weight}); darken or lighten one of the two colours.");
            }
        }

        foreach (var button in theme.Buttons)
        {
            if (!Valid(button.TextColor, button.Color))
            {
                continue;
            }

            var ratio = WcagContrast.Ratio(button.TextColor, button.Color);
            if (ratio < WcagContrast.NormalTextMinimum)
            {
                bag.Error(theme.Path, button.Node.PositionOf("textColor"), DiagnosticCodes.ButtonContrast,
                    $"Button '{button.Label}': text {button.TextColor} on {button.Color} has contrast {WcagContrast.Format(ratio)}, below the required {Format(WcagContrast.NormalTextMinimum)}; pick a darker or lighter text colour.");
            }
        }
    }

    private static bool Valid(string a, string b) => WcagContrast.IsHexColour(a) && WcagContrast.IsHexColour(b);

    private static string Format(double ratio) => ratio.ToString("0.0", CultureInfo.InvariantCulture) + ":1";
}
