using System.Text;
using System.Text.Json;
using Reconciler.Cxone.Http;
using Reconciler.Cxone.Json;
using Reconciler.Cxone.Templates;

namespace Reconciler.Cxone.Tests.Templates;

/// <summary>
/// The hand-written page reader against System.Text.Json's generated one, which it replaced: on
/// every document both accept they must read the same values, and what one refuses the other must too.
/// </summary>
public sealed class TemplatePageJsonTests
{
    private const string FullItem = """
        {"templateId":"order_update","version":"v2.10","channels":["whatsapp","sms"],"locale":"es-419",
         "contentBlocks":[{"id":"msg_01","type":"text","content":"Hola {{customer.name}}"},{"id":"hdr","type":"header","content":""}],
         "variables":["customer.name"],
         "metadata":{"createdBy":"reconciler","timestamp":"2026-11-21T16:27:05.827Z","sourceCommit":"2c7b62d7","sourceDirty":false,
                     "sourcePath":"templates/order_update.yaml","contentHash":"bd4f29c6","reviewer":{"name":"Ana","approved":true},"ticket":42},
         "createdAt":"2026-11-21T16:27:06.5282842+00:00","jobId":"job-17dff7e3"}
        """;

    // Documents both readers accept: every field, fields in other orders, absent and null optionals,
    // escapes, unknown fields, the tutorial's Unix timestamps, unreadable timestamps, empty lists.
    public static TheoryData<string> Accepted => new()
    {
        Page(FullItem),
        Page(),
        """{"items":[]}""",
        """{"total_pages":3,"page":2,"items":[{"locale":"en-US","version":"1","templateId":"t"}]}""",
        Page("""{"templateId":"t","version":"v1","locale":"en-US","metadata":null,"jobId":null,"createdAt":null}"""),
        Page("""{"templateId":"t","version":"v1","locale":"en-US","metadata":{"timestamp":1700000000,"sourceDirty":null}}"""),
        Page("""{"templateId":"t","version":"v1","locale":"en-US","metadata":{"timestamp":1700000000.5},"createdAt":"not a time"}"""),
        Page("""{"templateId":"t","version":"v1","locale":"en-US","createdAt":{"odd":[1,2]}}"""),
        Page("""{"templateId":"t\u00e9\"q","version":"v1","locale":"en-\u0055S","channels":["sm\u0073"],"contentBlocks":[{"id":"a","type":"text","content":"line\nnext \ud83d\ude00"}]}"""),
        Page("""{"templateId":"t","version":"v1","locale":"en-US","future":{"deep":[{"x":null}]},"also":[true,false]}"""),
        Page("""{"templateId":"t","version":"v1","locale":"en-US","channels":[],"variables":[],"contentBlocks":[]}"""),
        Page("""{"templateId":"first","templateId":"second","version":"v1","locale":"en-US"}"""),
        Page("""{"templateId":"t","version":"v1","locale":"en-US","contentBlocks":[{"extra":1,"content":"c","type":"text","id":"b"}]}"""),
        Page("""{"templateId":"日本語のテンプレート名前がとても長いのでキャッシュには入らないはずです。これで六十四バイトを超えます","version":"v1","locale":"ja-JP"}"""),
        "  \n" + Page(FullItem) + "\n\t ",
    };

    // Documents both readers refuse.
    public static TheoryData<string> Refused => new()
    {
        "",
        "not json",
        "[]",
        """{"items":null}""",
        """{"items":{}}""",
        """{"items":[1]}""",
        """{"items":[],"page":"1"}""",
        """{"items":[],"total_pages":1.5}""",
        """{"items":[],"total_pages":99999999999}""",
        """{"items":[]} {"items":[]}""",
        """{"items":[]""",
        """{"items":[],}""",
        """{"items":[] /* comment */}""",
        Page("""{"version":"v1","locale":"en-US"}"""),
        Page("""{"templateId":"t","locale":"en-US"}"""),
        Page("""{"templateId":"t","version":"v1"}"""),
        Page("""{"templateId":null,"version":"v1","locale":"en-US"}"""),
        Page("""{"templateId":7,"version":"v1","locale":"en-US"}"""),
        Page("""{"templateId":"t","version":"v1","locale":"en-US","channels":null}"""),
        Page("""{"templateId":"t","version":"v1","locale":"en-US","channels":"sms"}"""),
        Page("""{"templateId":"t","version":"v1","locale":"en-US","variables":[1]}"""),
        Page("""{"templateId":"t","version":"v1","locale":"en-US","contentBlocks":null}"""),
        Page("""{"templateId":"t","version":"v1","locale":"en-US","contentBlocks":[{"id":"a","type":"text"}]}"""),
        Page("""{"templateId":"t","version":"v1","locale":"en-US","contentBlocks":[{"id":"a","type":"text","content":null}]}"""),
        Page("""{"templateId":"t","version":"v1","locale":"en-US","contentBlocks":["text"]}"""),
        Page("""{"templateId":"t","version":"v1","locale":"en-US","metadata":[]}"""),
        Page("""{"templateId":"t","version":"v1","locale":"en-US","metadata":{"sourceDirty":"yes"}}"""),
        Page("""{"templateId":"t","version":"v1","locale":"en-US","metadata":{"createdBy":1}}"""),
        Page("""{"templateId":"t","version":"v1","locale":"en-US","jobId":12}"""),
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Parse_DocumentTheGeneratedReaderAccepts_ReadsTheSameValues(string json)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json);

        ApiPage<TemplateVersion> expected = JsonSerializer.Deserialize(utf8, TemplateJsonContext.Default.ApiPageTemplateVersion)!;
        ApiPage<TemplateVersion> actual = TemplatePageJson.Parse(utf8);

        // Written back by the same generated writer, every field of both compares, lists and extra metadata included.
        Assert.Equal(
            JsonSerializer.Serialize(expected, TemplateJsonContext.Default.ApiPageTemplateVersion),
            JsonSerializer.Serialize(actual, TemplateJsonContext.Default.ApiPageTemplateVersion));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Parse_DocumentTheGeneratedReaderRefuses_RefusesItToo(string json)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(utf8, TemplateJsonContext.Default.ApiPageTemplateVersion));

        Assert.ThrowsAny<JsonException>(() => TemplatePageJson.Parse(utf8));
    }

    [Fact]
    public void Parse_FullItem_ReadsEveryField()
    {
        TemplateVersion item = Assert.Single(TemplatePageJson.Parse(Encoding.UTF8.GetBytes(Page(FullItem))).Items);

        Assert.Equal(("order_update", "v2.10", "es-419", "job-17dff7e3"), (item.TemplateId, item.Version, item.Locale, item.JobId));
        Assert.Equal(["whatsapp", "sms"], item.Channels);
        Assert.Equal(["customer.name"], item.Variables);
        Assert.Equal([new ContentBlock("msg_01", "text", "Hola {{customer.name}}"), new ContentBlock("hdr", "header", "")], item.ContentBlocks);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 16, 27, 6, TimeSpan.Zero).AddTicks(5282842), item.CreatedAt);
        ContentMetadata metadata = item.Metadata!;
        Assert.Equal(("reconciler", "2c7b62d7", false, "templates/order_update.yaml", "bd4f29c6"), (metadata.CreatedBy, metadata.SourceCommit, metadata.SourceDirty, metadata.SourcePath, metadata.ContentHash));
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 16, 27, 5, 827, TimeSpan.Zero), metadata.Timestamp);
        Assert.Equal(["reviewer", "ticket"], metadata.Extra!.Keys.Order());
        Assert.True(metadata.Extra["reviewer"].GetProperty("approved").GetBoolean());
        Assert.Equal(42, metadata.Extra["ticket"].GetInt32());
    }

    [Theory]
    [InlineData("""{"version":"v1","locale":"en-US"}""", "items[1].templateId is missing.")]
    [InlineData("""{"templateId":"t","version":null,"locale":"en-US"}""", "items[1].version is null; it must be a string.")]
    [InlineData("""{"templateId":"t","version":"v1","locale":"en-US","channels":["sms",null]}""", "items[1].channels[1] must be a string, not null.")]
    [InlineData("""{"templateId":"t","version":"v1","locale":"en-US","contentBlocks":[{"id":"a","type":"t","content":"c"},{"type":"t","content":"c"}]}""", "items[1].contentBlocks[1].id is missing.")]
    [InlineData("""{"templateId":"t","version":"v1","locale":"en-US","contentBlocks":[{"id":"a","type":5,"content":"c"}]}""", "items[1].contentBlocks[0].type must be a string, not a number.")]
    [InlineData("""{"templateId":"t","version":"v1","locale":"en-US","metadata":{"sourceDirty":"no"}}""", "items[1].metadata.sourceDirty must be true or false, not a string.")]
    public void Parse_BadItem_NamesTheFieldAndTheProblem(string badItem, string message)
    {
        string json = Page("""{"templateId":"ok","version":"v1","locale":"en-US"}""", badItem);

        var error = Assert.Throws<JsonFieldException>(() => TemplatePageJson.Parse(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("""{"templateId":"t","version":"v1","locale":"en-US","channels":[null]}""")]
    [InlineData("""{"templateId":"t","version":"v1","locale":"en-US","variables":["a",null]}""")]
    public void Parse_NullListElement_RefusedWhereTheGeneratedReaderLetItThrough(string item)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(Page(item));
        Assert.Contains(null, JsonSerializer.Deserialize(utf8, TemplateJsonContext.Default.ApiPageTemplateVersion)!.Items[0].Channels.Concat(
            JsonSerializer.Deserialize(utf8, TemplateJsonContext.Default.ApiPageTemplateVersion)!.Items[0].Variables));

        Assert.Throws<JsonFieldException>(() => TemplatePageJson.Parse(utf8));
    }

    [Fact]
    public void Parse_NullPage_Refused()
    {
        // The generated reader returns null, which the transport then refused as an unreadable answer.
        Assert.Null(JsonSerializer.Deserialize("null"u8, TemplateJsonContext.Default.ApiPageTemplateVersion));

        var error = Assert.Throws<JsonFieldException>(() => TemplatePageJson.Parse("null"u8));
        Assert.Equal("The page must be an object, not null.", error.Message);
    }

    [Fact]
    public void Parse_NullItem_Refused()
    {
        var error = Assert.Throws<JsonFieldException>(() => TemplatePageJson.Parse("""{"items":[null]}"""u8));

        Assert.Equal("items[0] must be an object, not null.", error.Message);
    }

    [Fact]
    public void Parse_TextThatIsNotUtf8_RefusedAsJson()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(Page("""{"templateId":"tX","version":"v1","locale":"en-US"}"""));
        utf8[Array.IndexOf(utf8, (byte)'X')] = 0xFF;

        Assert.ThrowsAny<JsonException>(() => TemplatePageJson.Parse(utf8));
    }

    [Fact]
    public void Parse_RepeatedShortValues_ShareOneString()
    {
        const string Item = """{"templateId":"t","version":"v1","locale":"en-US","channels":["sms"],"contentBlocks":[{"id":"msg_01","type":"text","content":"Same text"}],"metadata":{"sourceCommit":"abc","contentHash":"h"}}""";
        IReadOnlyList<TemplateVersion> items = TemplatePageJson.Parse(Encoding.UTF8.GetBytes(Page(Item, Item))).Items;

        Assert.Same(items[0].Locale, items[1].Locale);
        Assert.Same(items[0].Channels[0], items[1].Channels[0]);
        Assert.Same(items[0].ContentBlocks[0].Id, items[1].ContentBlocks[0].Id);
        Assert.Same(items[0].Metadata!.SourceCommit, items[1].Metadata!.SourceCommit);

        // Content and hashes are read afresh: equal, but not looked up.
        Assert.Equal(items[0].ContentBlocks[0].Content, items[1].ContentBlocks[0].Content);
        Assert.NotSame(items[0].ContentBlocks[0].Content, items[1].ContentBlocks[0].Content);
    }

    private static string Page(params string[] items) =>
        $$"""{"items":[{{string.Join(",", items)}}],"page":1,"page_size":500,"total_items":{{items.Length}},"total_pages":1}""";
}
