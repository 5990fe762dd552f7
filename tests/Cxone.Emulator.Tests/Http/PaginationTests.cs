using Cxone.Emulator.Tests.Support;

namespace Cxone.Emulator.Tests.Http;

public sealed class PaginationTests
{
    [Fact]
    public async Task List_SevenItemsPagesOfThree_SlicesInStableOrder()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TokenAsync();
        for (var i = 0; i < 7; i++)
        {
            await h.PostAsync(Paths.Templates, Payloads.Template(templateId: $"t{i}"), token);
        }

        h.Clock.Advance(TimeSpan.FromSeconds(5));
        var seen = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var json = (await h.GetAsync($"{Paths.Templates}?page={page}&page_size=3", token)).Json;
            Assert.Equal(page, json["page"]!.GetValue<int>());
            Assert.Equal(3, json["page_size"]!.GetValue<int>());
            Assert.Equal(7, json["total_items"]!.GetValue<int>());
            Assert.Equal(3, json["total_pages"]!.GetValue<int>());
            seen.AddRange(json["items"]!.AsArray().Select(i => i!["templateId"]!.GetValue<string>()));
        }

        Assert.Equal(["t0", "t1", "t2", "t3", "t4", "t5", "t6"], seen);
    }

    [Fact]
    public async Task List_PageBeyondTheEnd_IsEmptyWithTotals()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.CreateTemplateAsync(Payloads.Template());

        var json = (await h.GetAsync($"{Paths.Templates}?page=5")).Json;

        Assert.Empty(json["items"]!.AsArray());
        Assert.Equal(1, json["total_pages"]!.GetValue<int>());
        Assert.Equal(1, json["total_items"]!.GetValue<int>());
    }

    [Fact]
    public async Task List_Empty_HasOneEmptyPage()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var json = (await h.GetAsync(Paths.Widgets)).Json;

        Assert.Equal(1, json["total_pages"]!.GetValue<int>());
        Assert.Equal(0, json["total_items"]!.GetValue<int>());
        Assert.Equal(50, json["page_size"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("page=0", "'page' must be a whole number from 1")]
    [InlineData("page=-1", "'page'")]
    [InlineData("page=abc", "'page'")]
    [InlineData("page_size=0", "'page_size' must be a whole number from 1 to 1000")]
    [InlineData("page_size=1001", "'page_size'")]
    [InlineData("page_size=1.5", "'page_size'")]
    public async Task List_BadPaging_Is400OnEveryList(string query, string expected)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TokenAsync();

        foreach (var path in new[] { Paths.Templates, Paths.Widgets, Paths.WidgetThemes("w-1"), Paths.Assignments("w-1") })
        {
            var response = await h.GetAsync($"{path}?{query}", token);
            Assert.Equal(400, response.Status);
            Assert.Contains(expected, response.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task List_MaxPageSize_IsAccepted()
    {
        await using var h = await EmulatorHarness.StartAsync();

        Assert.Equal(200, (await h.GetAsync($"{Paths.Templates}?page_size=1000")).Status);
    }
}
