using Reconciler.Core.Versions;
using Reconciler.Core.Yaml;

namespace Reconciler.Core.Themes;

/// <summary>Binds a schema-valid theme tree to <see cref="ThemeDocument"/>.</summary>
internal static class ThemeBinder
{
    public static ThemeDocument Bind(string path, string key, YamlMapping root)
    {
        var font = root["font"] as YamlMapping;
        var versionTag = root.Text("versionTag");
        var parsed = VersionNumber.TryParse(versionTag, out var v) ? v : null;
        return new ThemeDocument
        {
            Path = path,
            Key = key,
            Name = root.Text("name"),
            VersionTag = versionTag,
            ParsedVersionTag = parsed,
            BackgroundColor = root.Text("backgroundColor"),
            PrimaryColor = root.Text("primaryColor"),
            Font = font is null
                ? new ThemeFont(string.Empty, 0, 0, string.Empty)
                : new ThemeFont(font.Text("family"), font.Int("sizePx"), font.Int("weight"), font.Text("color")),
            Buttons = root.Mappings("buttons")
                .Select(b => new ThemeButton(b.Text("label"), b.Text("color"), b.Text("textColor"), b.Text("position"), b.OptionalText("iconUrl"), b))
                .ToList(),
            BorderRadiusPx = root.Int("borderRadiusPx"),
            MaxWidthPx = root.Int("maxWidthPx"),
            VersionTagPosition = root.PositionOf("versionTag"),
            Node = root,
        };
    }
}
