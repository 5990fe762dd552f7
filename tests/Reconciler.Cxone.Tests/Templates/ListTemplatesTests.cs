using System.Net;
using Reconciler.Cxone.Templates;
using Reconciler.Cxone.Tests.Fakes;

namespace Reconciler.Cxone.Tests.Templates;

public sealed class ListTemplatesTests
{
    [Fact]
    public async Task ListTemplates_ThreePages_StreamsEveryItemInOrder()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        TemplatePayload p = Payloads.Template();
        fake.Enqueue(FakeCxone.Json(HttpStatusCode.OK, Payloads.Page(1, 3, Payloads.TemplateJson(p with { TemplateId = "a" }), Payloads.TemplateJson(p with { TemplateId = "b" }))));
        fake.Enqueue(FakeCxone.Json(HttpStatusCode.OK, Payloads.Page(2, 3, Payloads.TemplateJson(p with { TemplateId = "c" }))));
        fake.Enqueue(FakeCxone.Json(HttpStatusCode.OK, Payloads.Page(3, 3, Payloads.TemplateJson(p with { TemplateId = "d" }))));
        using ICxoneClient client = TestClients.Create(fake, time, TestClients.Fast with { PageSize = 2 });

        List<TemplateVersion> all = await client.ListTemplatesAsync().ToListAsync();

        Assert.Equal(["a", "b", "c", "d"], all.Select(t => t.TemplateId));
        Assert.Equal(["page=1&page_size=2", "page=2&page_size=2", "page=3&page_size=2"], fake.ApiRequests.Select(r => r.Query));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), all[0].Metadata!.Timestamp); // the tutorial's int timestamp
    }

    [Fact]
    public async Task ListTemplates_BlocksInAnyPropertyOrder_ReadsEveryProperty()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        fake.Enqueue(FakeCxone.Json(HttpStatusCode.OK, Payloads.Page(1, 1, """
            {"templateId":"t","version":"v1","locale":"en-US","contentBlocks":[
              {"content":"Hi {{a.b}}","type":"text","id":"msg_01"},
              {"id":"msg_02","type":"header","content":""}]}
            """)));
        using ICxoneClient client = TestClients.Create(fake, time);

        TemplateVersion read = Assert.Single(await client.ListTemplatesAsync().ToListAsync());

        Assert.Equal([new ContentBlock("msg_01", "text", "Hi {{a.b}}"), new ContentBlock("msg_02", "header", "")], read.ContentBlocks);
    }

    [Theory]
    [InlineData("""{"id":"msg_01","type":"text"}""")]
    [InlineData("""{"id":"msg_01","content":"x"}""")]
    [InlineData("""{"type":"text","content":"x"}""")]
    [InlineData("""{"id":"msg_01","type":"text","content":null}""")]
    [InlineData("""{"id":null,"type":"text","content":"x"}""")]
    public async Task ListTemplates_BlockMissingAProperty_FailsAsAnUnreadableAnswer(string block)
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        fake.Enqueue(FakeCxone.Json(HttpStatusCode.OK, Payloads.Page(1, 1, $$"""{"templateId":"t","version":"v1","locale":"en-US","contentBlocks":[{{block}}]}""")));
        using ICxoneClient client = TestClients.Create(fake, time);

        var error = await Assert.ThrowsAsync<CxoneApiException>(async () => await client.ListTemplatesAsync().ToListAsync());

        Assert.Contains("could not read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListTemplates_Empty_OneRequest()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, Payloads.Page(1, 1)) };
        using ICxoneClient client = TestClients.Create(fake, time);

        Assert.Empty(await client.ListTemplatesAsync().ToListAsync());
        Assert.Single(fake.ApiRequests);
    }

    [Fact]
    public async Task ListTemplates_ServerClaimsMorePagesButSendsNone_Stops()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, Payloads.Page(1, 99)) };
        using ICxoneClient client = TestClients.Create(fake, time);

        Assert.Empty(await client.ListTemplatesAsync().ToListAsync());
        Assert.Single(fake.ApiRequests);
    }

    [Fact]
    public async Task ListTemplates_StoppedEarly_FetchesNoFurtherPages()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        TemplatePayload p = Payloads.Template();
        fake.Enqueue(FakeCxone.Json(HttpStatusCode.OK, Payloads.Page(1, 5, Payloads.TemplateJson(p))));
        using ICxoneClient client = TestClients.Create(fake, time);

        TemplateVersion? first = await client.ListTemplatesAsync().FirstOrDefaultAsync();

        Assert.NotNull(first);
        Assert.Single(fake.ApiRequests);
    }

    [Fact]
    public async Task ListTemplateVersions_UnknownTemplate_Throws404()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Error(404, "not_found", "no template tmpl_x") };
        using ICxoneClient client = TestClients.Create(fake, time);

        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.ListTemplateVersionsAsync("tmpl_x").ToListAsync().AsTask());

        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        Assert.Equal("GET /api/v1/interactions/digital/templates/tmpl_x/versions", ex.Call);
    }

    [Theory]
    [InlineData("""{"items":null,"page":1,"total_pages":1}""")]
    [InlineData("""{"items":[{"templateId":null,"version":"v1","locale":"en-US"}],"page":1,"total_pages":1}""")]
    [InlineData("""{"items":[{"locale":"en-US"}],"page":1,"total_pages":1}""")]
    [InlineData("not json at all")]
    public async Task ListTemplates_MalformedPage_ReportsUnexpectedResponse(string body)
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body) } };
        using ICxoneClient client = TestClients.Create(fake, time);

        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.ListTemplatesAsync().ToListAsync().AsTask());

        Assert.Equal("unexpected_response", ex.ErrorCode);
        Assert.Contains("GET /api/v1/interactions/digital/templates", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListTemplates_ItemWithoutOptionalLists_ReadsThemAsEmpty()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, """{"items":[{"templateId":"t","version":"v1","locale":"en-US"}],"page":1,"total_pages":1}""") };
        using ICxoneClient client = TestClients.Create(fake, time);

        TemplateVersion only = Assert.Single(await client.ListTemplatesAsync().ToListAsync());

        Assert.Empty(only.Channels);
        Assert.Empty(only.ContentBlocks);
        Assert.Empty(only.Variables);
    }
}
