namespace Reconciler.Cxone.Themes;

/// <summary>
/// Decides whether a live theme holds the same content as a payload: every visual field, the name
/// and the version tag — not the id, the metadata or the state. Colours compare case-insensitively
/// (<c>#00e676</c> is <c>#00E676</c>).
/// </summary>
public static class ThemeContent
{
    public static bool Matches(ThemePayload desired, WidgetTheme live) =>
        desired.Name == live.Name
        && desired.VersionTag == live.VersionTag
        && SameColour(desired.BackgroundColor, live.BackgroundColor)
        && SameColour(desired.PrimaryColor, live.PrimaryColor)
        && live.Font is not null
        && desired.Font.Family == live.Font.Family
        && desired.Font.SizePx == live.Font.SizePx
        && desired.Font.Weight == live.Font.Weight
        && SameColour(desired.Font.Color, live.Font.Color)
        && desired.BorderRadiusPx == live.BorderRadiusPx
        && desired.MaxWidthPx == live.MaxWidthPx
        && desired.Buttons.Count == live.Buttons.Count
        && desired.Buttons.Zip(live.Buttons).All(pair => SameButton(pair.First, pair.Second));

    private static bool SameButton(ThemeButton a, ThemeButton b) =>
        a.Label == b.Label
        && SameColour(a.Color, b.Color)
        && SameColour(a.TextColor, b.TextColor)
        && a.Position == b.Position
        && string.IsNullOrEmpty(a.IconUrl) == string.IsNullOrEmpty(b.IconUrl)
        && (string.IsNullOrEmpty(a.IconUrl) || a.IconUrl == b.IconUrl);

    private static bool SameColour(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
