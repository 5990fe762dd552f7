using Reconciler.Core.Diagnostics;
using Reconciler.Core.Validation;
using Reconciler.Core.Yaml;

namespace Reconciler.Core.Themes;

/// <summary>
/// The ranges and formats of a theme (SPEC §3): name, version tag, colours, font, buttons,
/// radius, width and icon URLs. Contrast is checked by <see cref="ContrastRules"/>.
/// </summary>
internal static class ThemeRules
{
    public static void Check(ThemeDocument theme, DiagnosticBag bag)
    {
        var root = theme.Node;
        var font = root["font"] as YamlMapping ?? root;
        var nameLength = Templates.CodePoints.Count(theme.Name);
        if (nameLength is < 3 or > 100)
        {
            bag.Error(theme.Path, root.PositionOf("name"), DiagnosticCodes.ThemeName,
                $"name is {nameLength} characters; it must be 3 to 100 characters.");
        }

        if (theme.ParsedVersionTag is null)
        {
            bag.Error(theme.Path, theme.VersionTagPosition, DiagnosticCodes.InvalidVersionTag,
                $"versionTag '{theme.VersionTag}' is not a version; write 1 to 4 numbers separated by dots, optionally after 'v', e.g. v1.2.0.");
        }

        Colour(theme, root, "backgroundColor", bag);
        Colour(theme, root, "primaryColor", bag);
        Colour(theme, font, "color", bag, "font.color");
        if (string.IsNullOrWhiteSpace(theme.Font.Family))
        {
            bag.Error(theme.Path, font.PositionOf("family"), DiagnosticCodes.FontFamily, "font.family is empty; name a font family, e.g. Inter.");
        }

        Range(theme, font, "sizePx", theme.Font.SizePx, 12, 24, DiagnosticCodes.FontSize, "font.sizePx", bag);
        if (theme.Font.Weight is < 100 or > 900 || theme.Font.Weight % 100 != 0)
        {
            bag.Error(theme.Path, font.PositionOf("weight"), DiagnosticCodes.FontWeight,
                $"font.weight is {theme.Font.Weight}; use 100, 200, … 900 (400 is regular, 700 bold).");
        }

        Range(theme, root, "borderRadiusPx", theme.BorderRadiusPx, 0, 16, DiagnosticCodes.BorderRadius, "borderRadiusPx", bag);
        Range(theme, root, "maxWidthPx", theme.MaxWidthPx, 280, 420, DiagnosticCodes.MaxWidth, "maxWidthPx", bag);
        CheckButtons(theme, bag);
    }

    private static void CheckButtons(ThemeDocument theme, DiagnosticBag bag)
    {
        if (theme.Buttons.Count is < 1 or > 3)
        {
            bag.Error(theme.Path, theme.Node.KeyPositionOf("buttons"), DiagnosticCodes.ButtonCount,
                $"The theme has {theme.Buttons.Count} buttons; it needs 1 to 3.");
        }

        foreach (var button in theme.Buttons)
        {
            var labelLength = Templates.CodePoints.Count(button.Label);
            if (labelLength is < 1 or > 30)
            {
                bag.Error(theme.Path, button.Node.PositionOf("label"), DiagnosticCodes.ButtonLabel,
                    $"Button label '{button.Label}' is {labelLength} characters; it must be 1 to 30.");
            }

            if (button.Position is not ("left" or "right" or "center"))
            {
                bag.Error(theme.Path, button.Node.PositionOf("position"), DiagnosticCodes.ButtonPosition,
                    $"Button position '{button.Position}' is not allowed; use left, right or center.");
            }

            Colour(theme, button.Node, "color", bag, "button color");
            Colour(theme, button.Node, "textColor", bag, "button textColor");
            if (button.IconUrl is { } icon && !IsHttpsUrl(icon))
            {
                bag.Error(theme.Path, button.Node.PositionOf("iconUrl"), DiagnosticCodes.IconUrl,
                    $"iconUrl '{icon}' is not an absolute https URL; serve the icon over https, e.g. https://cdn.example.com/icon.svg.");
            }
        }
    }

    private static bool IsHttpsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0;

    private static void Colour(ThemeDocument theme, YamlMapping node, string key, DiagnosticBag bag, string? label = null)
    {
        var value = node.String(key) ?? string.Empty;
        if (!WcagContrast.IsHexColour(value))
        {
            bag.Error(theme.Path, node.PositionOf(key), DiagnosticCodes.InvalidColour,
                $"{label ?? key} '{value}' is not a colour; write #RRGGBB in quotes, e.g. \"#1A1A1A\" (names such as red are not accepted).");
        }
    }

    private static void Range(ThemeDocument theme, YamlMapping node, string key, int value, int min, int max, string code, string label, DiagnosticBag bag)
    {
        if (value < min || value > max)
        {
            bag.Error(theme.Path, node.PositionOf(key), code, $"{label} is {value}; it must be {min} to {max}.");
        }
    }
}
