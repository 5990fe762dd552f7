using Reconciler.Core.Templates;
using Reconciler.Core.Yaml;

namespace Reconciler.Core.Tests.Yaml;

public sealed class RepeatedValuesTests
{
    private const string Template = """
        templateId: ID
        version: v1.2
        channels: [sms, whatsapp]
        defaultLocale: en-US
        variables: [customer.name]
        locales:
          en-US:
            contentBlocks:
              - id: msg_01
                type: text
                content: "Hi {{customer.name}}"
        """;

    [Fact]
    public void Share_EqualShortValues_OneInstance()
    {
        var first = new string("en-US".AsSpan());
        var second = new string("en-US".AsSpan());
        Assert.NotSame(first, second);

        Assert.Same(RepeatedValues.Share(first), RepeatedValues.Share(second));
        Assert.Equal("en-US", RepeatedValues.Share(second));
    }

    [Fact]
    public void Share_LongValue_Unchanged()
    {
        var text = new string('x', 65);

        Assert.Same(text, RepeatedValues.Share(text));
        Assert.NotSame(RepeatedValues.Share(new string('x', 65)), RepeatedValues.Share(new string('x', 65)));
    }

    [Fact]
    public void Share_ManyDistinctValues_EachStillItself()
    {
        for (var i = 0; i < 20_000; i++)
        {
            Assert.Equal($"value-{i}", RepeatedValues.Share($"value-{i}"));
        }
    }

    [Fact]
    public void Share_OnSeveralThreadsAtOnce_EveryValueStaysItself()
    {
        Parallel.For(0, 8, t =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                var value = $"v{i % 300}";
                Assert.Equal(value, RepeatedValues.Share(value));
            }
        });
    }

    [Fact]
    public void Bind_TwoTemplates_ShareTheirRepeatedValuesButNotTheirContent()
    {
        TemplateDocument Bind(string id) =>
            TemplateBinder.Bind($"templates/{id}.yaml", YamlDocumentReader.Read($"templates/{id}.yaml", Template.Replace("ID", id, StringComparison.Ordinal)).Root!);

        var a = Bind("tmpl_a");
        var b = Bind("tmpl_b");

        Assert.Equal(("v1.2", "en-US"), (b.Version, b.DefaultLocale));
        Assert.Same(a.Version, b.Version);
        Assert.Same(a.DefaultLocale, b.DefaultLocale);
        Assert.Same(a.Channels[1], b.Channels[1]);
        Assert.Same(a.Variables[0], b.Variables[0]);
        Assert.Same(a.Locales[0].Tag, b.Locales[0].Tag);
        Assert.Same(a.Locales[0].Blocks[0].Id, b.Locales[0].Blocks[0].Id);
        Assert.Same(a.Locales[0].Blocks[0].Type, b.Locales[0].Blocks[0].Type);
        Assert.Equal(a.Locales[0].Blocks[0].Content, b.Locales[0].Blocks[0].Content);
        Assert.NotSame(a.Locales[0].Blocks[0].Content, b.Locales[0].Blocks[0].Content);
    }
}
