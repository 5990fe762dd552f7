using Reconciler.Core.Themes;

namespace Reconciler.Preview.Rendering;

/// <summary>
/// A theme reduced to values that are safe to place in CSS: every colour checked, the font family
/// whitelisted, sizes clamped to the ranges the validator enforces. User text stays raw here and is
/// HTML-encoded by <see cref="PreviewPage"/> when written.
/// </summary>
public sealed record PreviewModel
{
    /// <summary>The theme's display name (raw; encode when writing).</summary>
    public required string Name { get; init; }

    /// <summary>Version tag (raw).</summary>
    public required string VersionTag { get; init; }

    /// <summary>Page and panel background.</summary>
    public required string Background { get; init; }

    /// <summary>Launcher and header colour.</summary>
    public required string Primary { get; init; }

    /// <summary>Body text colour.</summary>
    public required string Text { get; init; }

    /// <summary>CSS <c>font-family</c> value, already quoted.</summary>
    public required string FontFamily { get; init; }

    /// <summary>Font size in px.</summary>
    public required int FontSizePx { get; init; }

    /// <summary>Font weight.</summary>
    public required int FontWeight { get; init; }

    /// <summary>Corner radius in px.</summary>
    public required int RadiusPx { get; init; }

    /// <summary>Widget width in px.</summary>
    public required int WidthPx { get; init; }

    /// <summary>The buttons, in order.</summary>
    public required IReadOnlyList<PreviewButton> Buttons { get; init; }

    /// <summary>Builds the model from a bound theme.</summary>
    /// <exception cref="FormatException">A colour is not <c>#RRGGBB</c> (the theme failed validation).</exception>
    public static PreviewModel From(ThemeDocument theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        return new PreviewModel
        {
            Name = theme.Name,
            VersionTag = theme.VersionTag,
            Background = CssValues.Colour(theme.BackgroundColor),
            Primary = CssValues.Colour(theme.PrimaryColor),
            Text = CssValues.Colour(theme.Font.Color),
            FontFamily = CssValues.FontFamily(theme.Font.Family),
            FontSizePx = Math.Clamp(theme.Font.SizePx, 12, 24),
            FontWeight = Math.Clamp(theme.Font.Weight / 100 * 100, 100, 900),
            RadiusPx = Math.Clamp(theme.BorderRadiusPx, 0, 16),
            WidthPx = Math.Clamp(theme.MaxWidthPx, 280, 420),
            Buttons = theme.Buttons
                .Select(b => new PreviewButton(b.Label, CssValues.Colour(b.Color), CssValues.Colour(b.TextColor), Position(b.Position)))
                .ToList(),
        };
    }

    private static string Position(string position) => position switch
    {
        "left" => "flex-start",
        "right" => "flex-end",
        _ => "center",
    };
}
