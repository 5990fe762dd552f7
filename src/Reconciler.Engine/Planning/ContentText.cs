using System.Globalization;
using System.Text;
using Reconciler.Cxone.Templates;
using Reconciler.Cxone.Themes;

namespace Reconciler.Engine.Planning;

/// <summary>
/// Renders template and theme content as stable, line-oriented text, the same way for live and
/// desired content, so reviewers see a diff of what really changes.
/// </summary>
internal static class ContentText
{
    public static string Of(IReadOnlyList<string> channels, IReadOnlyList<string> variables, IEnumerable<Reconciler.Cxone.Templates.ContentBlock> blocks)
    {
        var text = new StringBuilder();
        text.Append("channels: ").AppendJoin(", ", channels.Order(StringComparer.Ordinal)).Append('\n');
        text.Append("variables: ").AppendJoin(", ", variables.Order(StringComparer.Ordinal)).Append('\n');
        foreach (var block in blocks)
        {
            text.Append(CultureInfo.InvariantCulture, $"[{block.Id} {block.Type}] {block.Content}\n");
        }

        return text.ToString();
    }

    public static string Of(TemplatePayload payload) => Of(payload.Channels, payload.Variables, payload.ContentBlocks);

    public static string Of(TemplateVersion live) => Of(live.Channels, live.Variables, live.ContentBlocks);

    public static string Of(ThemePayload theme) =>
        Theme(theme.Name, theme.BackgroundColor, theme.PrimaryColor, theme.Font, theme.Buttons, theme.BorderRadiusPx, theme.MaxWidthPx);

    public static string Of(WidgetTheme theme) =>
        Theme(theme.Name, theme.BackgroundColor, theme.PrimaryColor, theme.Font, theme.Buttons, theme.BorderRadiusPx, theme.MaxWidthPx);

    private static string Theme(string name, string background, string primary, ThemeFont? font, IReadOnlyList<ThemeButton> buttons, int radius, int width)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"name: {name}\n");
        text.Append(CultureInfo.InvariantCulture, $"backgroundColor: {background.ToUpperInvariant()}\n");
        text.Append(CultureInfo.InvariantCulture, $"primaryColor: {primary.ToUpperInvariant()}\n");
        if (font is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"font: {font.Family} {font.SizePx}px weight {font.Weight} {font.Color.ToUpperInvariant()}\n");
        }

        foreach (var button in buttons)
        {
            text.Append(CultureInfo.InvariantCulture, $"button: {button.Label} | {button.Color.ToUpperInvariant()} on text {button.TextColor.ToUpperInvariant()} | {button.Position}");
            text.Append(button.IconUrl is null ? "\n" : $" | {button.IconUrl}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"borderRadiusPx: {radius}\nmaxWidthPx: {width}\n");
        return text.ToString();
    }
}
