using System.Security.Cryptography;
using System.Text.Json;
using Reconciler.Core.Templates;
using Reconciler.Core.Themes;

namespace Reconciler.Core.Content;

/// <summary>
/// Stable SHA-256 (lowercase hex) of content, independent of YAML formatting and key order: the
/// values are written as compact JSON in a fixed key order. Versions are left out on purpose —
/// the hash tells whether content changed, so that a change without a version bump is caught.
/// Channels and variables are sets (sorted, de-duplicated); blocks and buttons keep their order;
/// colours are compared case-insensitively (upper-cased).
/// </summary>
public static class ContentHash
{
    /// <summary>The hash of one template locale as the engine sends it.</summary>
    public static string ForTemplateLocale(TemplateDocument template, TemplateLocale locale)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(locale);
        return ForTemplateLocale(template.Channels, template.Variables, locale.Blocks.Select(b => (b.Id, b.Type, b.Content)));
    }

    /// <summary>The hash of template content given as plain values, e.g. read back from CXone.</summary>
    public static string ForTemplateLocale(IEnumerable<string> channels, IEnumerable<string> variables, IEnumerable<(string Id, string Type, string Content)> blocks)
    {
        return Hash(writer =>
        {
            WriteSet(writer, "channels", channels);
            WriteSet(writer, "variables", variables);
            writer.WriteStartArray("contentBlocks");
            foreach (var (id, type, content) in blocks)
            {
                writer.WriteStartObject();
                writer.WriteString("id", id);
                writer.WriteString("type", type);
                writer.WriteString("content", content);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
    }

    /// <summary>The hash of a theme's content (everything but its version tag).</summary>
    public static string ForTheme(ThemeDocument theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        return Hash(writer =>
        {
            writer.WriteString("name", theme.Name);
            writer.WriteString("backgroundColor", theme.BackgroundColor.ToUpperInvariant());
            writer.WriteString("primaryColor", theme.PrimaryColor.ToUpperInvariant());
            writer.WriteStartObject("font");
            writer.WriteString("family", theme.Font.Family);
            writer.WriteNumber("sizePx", theme.Font.SizePx);
            writer.WriteNumber("weight", theme.Font.Weight);
            writer.WriteString("color", theme.Font.Color.ToUpperInvariant());
            writer.WriteEndObject();
            writer.WriteStartArray("buttons");
            foreach (var button in theme.Buttons)
            {
                writer.WriteStartObject();
                writer.WriteString("label", button.Label);
                writer.WriteString("color", button.Color.ToUpperInvariant());
                writer.WriteString("textColor", button.TextColor.ToUpperInvariant());
                writer.WriteString("position", button.Position);
                writer.WriteString("iconUrl", button.IconUrl);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteNumber("borderRadiusPx", theme.BorderRadiusPx);
            writer.WriteNumber("maxWidthPx", theme.MaxWidthPx);
        });
    }

    private static void WriteSet(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static string Hash(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }
}
