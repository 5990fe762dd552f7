using System.Text.Json;
using System.Text.Json.Nodes;
using Cxone.Emulator.Json;
using Cxone.Emulator.Tests.Support;

namespace Cxone.Emulator.Tests.Templates;

public sealed class TemplateReadTests
{
    [Fact]
    public async Task ListLatest_PicksNumericallyHighestVersionPerLocale()
    {
        await using var h = await EmulatorHarness.StartAsync();
        foreach (var version in new[] { "v2.9", "v2.10", "v2.1" })
        {
            await h.CreateTemplateAsync(Payloads.Template(version: version));
        }

        await h.CreateTemplateAsync(Payloads.Template(version: "v1.0", locale: "es-MX"));

        var items = (await h.GetAsync(Paths.Templates)).Json["items"]!.AsArray();

        Assert.Equal(2, items.Count);
        Assert.Equal(("en-US", "v2.10"), (items[0]!["locale"]!.GetValue<string>(), items[0]!["version"]!.GetValue<string>()));
        Assert.Equal(("es-MX", "v1.0"), (items[1]!["locale"]!.GetValue<string>(), items[1]!["version"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ListLatest_ItemIsStoredPayloadWithMetadataVerbatimAndCreatedAt()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var payload = Payloads.Template();
        payload["metadata"] = new JsonObject { ["sourceCommit"] = "abc123", ["nested"] = new JsonObject { ["n"] = 1.5, ["list"] = new JsonArray(true, null) } };
        var jobId = await h.CreateTemplateAsync(payload);

        var item = (await h.GetAsync(Paths.Templates)).Json["items"]![0]!.AsObject();

        Assert.True(JsonNode.DeepEquals(payload["metadata"], item["metadata"]));
        Assert.True(JsonNode.DeepEquals(payload["contentBlocks"], item["contentBlocks"]));
        Assert.True(JsonNode.DeepEquals(payload["variables"], item["variables"]));
        Assert.True(JsonNode.DeepEquals(payload["channels"], item["channels"]));
        Assert.Equal(jobId, item["jobId"]!.GetValue<string>());
        Assert.Equal(h.Clock.GetUtcNow() - TimeSpan.FromSeconds(3), item["createdAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task ListLatest_PageFromStoredItemJson_IsWhatSerializingThePageWrites()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var payload = Payloads.Template();
        payload["metadata"] = new JsonObject { ["note"] = "quote \" apostrophe ' <tag> é 😀", ["n"] = 1.5, ["deep"] = new JsonArray(new JsonObject(), null) };
        await h.CreateTemplateAsync(payload);
        await h.CreateTemplateAsync(Payloads.Template(locale: "es-MX"));
        await h.CreateTemplateAsync(Payloads.Template(templateId: "tmpl_other"));

        var body = (await h.GetAsync($"{Paths.Templates}?page=1&page_size=2")).Body;

        // Read back with the emulator's own page type and written again by its serializer: any
        // difference in names, order, escaping or numbers between the two writers shows here.
        var page = JsonSerializer.Deserialize(body, JsonContexts.Template.PageTemplateItem)!;
        Assert.Equal(JsonSerializer.Serialize(page, JsonContexts.Template.PageTemplateItem), body);
        Assert.Equal((1, 2, 3, 2), (page.PageNumber, page.PageSize, page.TotalItems, page.TotalPages));
    }

    [Fact]
    public async Task ListLatest_ListedAgainAfterANewerVersion_ShowsTheNewerOne()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.CreateTemplateAsync(Payloads.Template(version: "v1.0"));
        var first = (await h.GetAsync(Paths.Templates)).Body;
        Assert.Equal(first, (await h.GetAsync(Paths.Templates)).Body);

        await h.CreateTemplateAsync(Payloads.Template(version: "v1.1"));
        var item = (await h.GetAsync(Paths.Templates)).Json["items"]!.AsArray().Single()!;

        Assert.Equal("v1.1", item["version"]!.GetValue<string>());
        Assert.Contains("\"v1.0\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListVersions_ReturnsEveryVersionOfEveryLocaleInOrder()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.CreateTemplateAsync(Payloads.Template(version: "v10"));
        await h.CreateTemplateAsync(Payloads.Template(version: "v9"));
        await h.CreateTemplateAsync(Payloads.Template(version: "v1", locale: "de-DE"));
        await h.CreateTemplateAsync(Payloads.Template(templateId: "other"));

        var items = (await h.GetAsync(Paths.Versions("tmpl_order"))).Json["items"]!.AsArray();

        Assert.Equal(["de-DE v1", "en-US v9", "en-US v10"], items.Select(i => $"{i!["locale"]} {i["version"]}"));
    }

    [Fact]
    public async Task ListVersions_UnknownTemplate_Is404()
    {
        await using var h = await EmulatorHarness.StartAsync();

        Assert.Equal(404, (await h.GetAsync(Paths.Versions("nope"))).Status);
    }

    [Fact]
    public async Task ListVersions_FailedJobOnly_Is404()
    {
        await using var h = await EmulatorHarness.StartAsync(o => new EmulatorOptions { TimeProvider = o.TimeProvider, RequestLog = o.RequestLog, JobFailureRate = 1 });
        await h.CreateTemplateAsync(Payloads.Template());

        Assert.Equal(404, (await h.GetAsync(Paths.Versions("tmpl_order"))).Status);
    }
}
