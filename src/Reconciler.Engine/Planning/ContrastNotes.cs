using Reconciler.Core.Themes;

namespace Reconciler.Engine.Planning;

/// <summary>The WCAG 2.1 contrast figures of a theme, for reviewers.</summary>
public static class ContrastNotes
{
    /// <summary>One line per text/background pair: the exact ratio, the verdict and the minimum.</summary>
    public static IReadOnlyList<string> For(ThemeDocument theme)
    {
        var notes = new List<string>();
        if (!WcagContrast.IsHexColour(theme.Font.Color) || !WcagContrast.IsHexColour(theme.BackgroundColor))
        {
            return notes;
        }

        var required = WcagContrast.RequiredRatio(theme.Font.SizePx, theme.Font.Weight);
        notes.Add(Line("body text", theme.Font.Color, theme.BackgroundColor, required));
        foreach (var button in theme.Buttons.Where(b => WcagContrast.IsHexColour(b.TextColor) && WcagContrast.IsHexColour(b.Color)))
        {
            notes.Add(Line($"button '{button.Label}'", button.TextColor, button.Color, WcagContrast.NormalTextMinimum));
        }

        return notes;
    }

    private static string Line(string what, string foreground, string background, double required)
    {
        var ratio = WcagContrast.Ratio(foreground, background);
        var verdict = ratio >= required ? "passes" : "FAILS";
        return $"{what}: {foreground.ToUpperInvariant()} on {background.ToUpperInvariant()} = {WcagContrast.Format(ratio)} ({verdict}, needs {WcagContrast.Format(required)})";
    }
}
