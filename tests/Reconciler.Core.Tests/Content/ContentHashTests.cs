using Reconciler.Core.Content;
using Reconciler.Core.Tests.Support;

namespace Reconciler.Core.Tests.Content;

public sealed class ContentHashTests
{
    private static ContentSet Load(string template, string theme) =>
        ContentLoader.Load(new InMemorySource().Add("templates/tmpl_order.yaml", template).Add("themes/dark.yaml", theme));

    private static string TemplateHash(ContentSet content, int locale = 0) =>
        ContentHash.ForTemplateLocale(content.Templates[0], content.Templates[0].Locales[locale]);

    [Fact]
    public void ForTemplateLocale_IsLowercaseSha256Hex()
    {
        var hash = TemplateHash(Load(Samples.Template, Samples.Theme));

        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    [Fact]
    public void ForTemplateLocale_FormattingKeyOrderAndVersion_DoNotChangeIt()
    {
        var reformatted = """
            # same content, different YAML
            locales:
              en-US:
                contentBlocks:
                  - { content: 'Hi {{customer.name}}, order {{order.id}} ships.', type: text, id: msg_01 }
              es-MX:
                contentBlocks:
                  - id: msg_01
                    type: text
                    content: "Hola {{customer.name}}, pedido {{order.id}}."
            variables:
              - order.id
              - customer.name
            channels: [messenger, whatsapp]
            defaultLocale: en-US
            version: v9.9
            templateId: tmpl_order

            """;

        Assert.Equal(TemplateHash(Load(Samples.Template, Samples.Theme)), TemplateHash(Load(reformatted, Samples.Theme)));
    }

    [Theory]
    [InlineData("ships.", "ships!")]
    [InlineData("type: text\n        content: \"Hi", "type: header\n        content: \"Hi")]
    [InlineData("channels: [whatsapp, messenger]", "channels: [whatsapp]")]
    [InlineData("variables: [customer.name, order.id]", "variables: [customer.name, order.id, x.y]")]
    public void ForTemplateLocale_ContentChange_ChangesIt(string from, string to)
    {
        var changed = Samples.Template.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Samples.Template, changed);

        Assert.NotEqual(TemplateHash(Load(Samples.Template, Samples.Theme)), TemplateHash(Load(changed, Samples.Theme)));
    }

    [Fact]
    public void ForTemplateLocale_DifferentLocales_DifferentHashes()
    {
        var content = Load(Samples.Template, Samples.Theme);

        Assert.NotEqual(TemplateHash(content, 0), TemplateHash(content, 1));
    }

    [Fact]
    public void ForTheme_ColourCaseAndVersionTag_DoNotChangeIt()
    {
        var variant = Samples.Theme.Replace("#1A1A1A", "#1a1a1a", StringComparison.Ordinal).Replace("v1.2.0", "v1.3.0", StringComparison.Ordinal);

        Assert.Equal(ContentHash.ForTheme(Load(Samples.Template, Samples.Theme).Themes[0]), ContentHash.ForTheme(Load(Samples.Template, variant).Themes[0]));
    }

    [Theory]
    [InlineData("maxWidthPx: 360", "maxWidthPx: 380")]
    [InlineData("label: FAQ", "label: Help")]
    [InlineData("https://cdn.example.com/i.svg", "https://cdn.example.com/j.svg")]
    public void ForTheme_ContentChange_ChangesIt(string from, string to) =>
        Assert.NotEqual(
            ContentHash.ForTheme(Load(Samples.Template, Samples.Theme).Themes[0]),
            ContentHash.ForTheme(Load(Samples.Template, Samples.Theme.Replace(from, to, StringComparison.Ordinal)).Themes[0]));
}
