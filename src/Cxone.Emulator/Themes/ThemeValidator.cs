using System.Globalization;
using System.Text.Json;
using Cxone.Emulator.Http;
using Cxone.Emulator.Json;
using Reconciler.Core.Themes;

namespace Cxone.Emulator.Themes;

/// <summary>
/// The theme tutorial's pydantic constraints, enforced for real (the tutorial's <c>pattern=</c>
/// checks never ran). Contrast is not checked here: a theme that breaks WCAG is accepted and then
/// FAILS activation, as CXone does — see <see cref="ContrastFailure"/>.
/// </summary>
internal static class ThemeValidator
{
    private static readonly string[] Positions = ["left", "right", "center"];

    public static List<string> Validate(ThemePayload theme)
    {
        var problems = new List<string>();
        if (!Identifiers.IsValid(theme.Id))
        {
            problems.Add(theme.Id is null ? "id is required (a client-chosen id such as a UUID)" : $"id '{theme.Id}' must be {Identifiers.Rule}");
        }

        if (string.IsNullOrWhiteSpace(theme.VersionTag) || theme.VersionTag.Length > 100)
        {
            problems.Add("version_tag is required (1–100 characters), e.g. \"v1.2.0\"");
        }

        Length(problems, "name", theme.Name, 3, 100);
        Colour(problems, "background_color", theme.BackgroundColor);
        Colour(problems, "primary_color", theme.PrimaryColor);
        CheckFont(theme.Font, problems);
        CheckButtons(theme.Buttons, problems);
        Range(problems, "border_radius_px", theme.BorderRadiusPx, 0, 16);
        Range(problems, "max_width_px", theme.MaxWidthPx, 280, 420);
        if (theme.Metadata is { } metadata && metadata.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            problems.Add("metadata must be a JSON object");
        }

        return problems;
    }

    /// <summary>Why activation fails WCAG 2.1 contrast, or null when every pair passes. Call only on a valid theme.</summary>
    public static string? ContrastFailure(ThemePayload theme)
    {
        var failures = new List<string>();
        var font = theme.Font!;
        var bodyRatio = WcagContrast.Ratio(font.Color!, theme.BackgroundColor!);
        var bodyRequired = WcagContrast.RequiredRatio(font.SizePx!.Value, font.Weight!.Value);
        if (bodyRatio < bodyRequired)
        {
            failures.Add($"body text {font.Color} on background {theme.BackgroundColor} has contrast {WcagContrast.Format(bodyRatio)}, needs {bodyRequired:0.0}:1");
        }

        for (var i = 0; i < theme.Buttons!.Count; i++)
        {
            var button = theme.Buttons[i]!;
            var ratio = WcagContrast.Ratio(button.TextColor!, button.Color!);
            if (ratio < WcagContrast.NormalTextMinimum)
            {
                failures.Add($"buttons[{i}] '{button.Label}' text {button.TextColor} on {button.Color} has contrast {WcagContrast.Format(ratio)}, needs 4.5:1");
            }
        }

        return failures.Count == 0
            ? null
            : "Theme fails WCAG 2.1 AA contrast: " + string.Join("; ", failures) + ". Change the colours and publish a new version tag.";
    }

    private static void CheckFont(FontPayload? font, List<string> problems)
    {
        if (font is null)
        {
            problems.Add("font is required: {family, size_px, weight, color}");
            return;
        }

        Length(problems, "font.family", font.Family, 1, 100);
        Range(problems, "font.size_px", font.SizePx, 12, 24);
        Range(problems, "font.weight", font.Weight, 100, 900);
        Colour(problems, "font.color", font.Color);
    }

    private static void CheckButtons(List<ButtonPayload?>? buttons, List<string> problems)
    {
        if (buttons is not { Count: >= 1 and <= 3 })
        {
            problems.Add($"buttons must hold 1 to 3 buttons; got {buttons?.Count ?? 0}");
            if (buttons is null)
            {
                return;
            }
        }

        for (var i = 0; i < buttons.Count; i++)
        {
            var where = $"buttons[{i}]";
            if (buttons[i] is not { } button)
            {
                problems.Add($"{where} must be an object {{label, color, text_color, position}}");
                continue;
            }

            Length(problems, where + ".label", button.Label, 1, 30);
            Colour(problems, where + ".color", button.Color);
            Colour(problems, where + ".text_color", button.TextColor);
            if (button.Position is null || !Positions.Contains(button.Position, StringComparer.Ordinal))
            {
                problems.Add($"{where}.position '{button.Position}' must be left, right or center");
            }

            if (button.IconUrl is not null &&
                (!Uri.TryCreate(button.IconUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
            {
                problems.Add($"{where}.icon_url '{button.IconUrl}' must be an absolute https:// URL");
            }
        }
    }

    private static void Length(List<string> problems, string field, string? value, int min, int max)
    {
        if (value is null)
        {
            problems.Add($"{field} is required ({min}–{max} characters)");
        }
        else if (value.Length < min || value.Length > max)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{field} must be {min}–{max} characters; got {value.Length}"));
        }
    }

    private static void Range(List<string> problems, string field, int? value, int min, int max)
    {
        if (value is null)
        {
            problems.Add($"{field} is required ({min}–{max})");
        }
        else if (value < min || value > max)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{field} must be between {min} and {max}; got {value}"));
        }
    }

    private static void Colour(List<string> problems, string field, string? value)
    {
        if (!WcagContrast.IsHexColour(value))
        {
            problems.Add(value is null ? $"{field} is required, a #RRGGBB colour" : $"{field} '{value}' must be a #RRGGBB colour such as #1A1A1A");
        }
    }
}
