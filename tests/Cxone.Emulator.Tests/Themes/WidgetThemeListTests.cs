using Cxone.Emulator.Tests.Support;

namespace Cxone.Emulator.Tests.Themes;

public sealed class WidgetThemeListTests
{
    [Fact]
    public async Task ListThemes_ShowsStoredFieldsStateAndSortsByNameThenNumericTag()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.PublishActiveThemeAsync("w-1", Payloads.Theme(id: "b-10", versionTag: "v1.10", name: "Beta"));
        await h.PublishActiveThemeAsync("w-1", Payloads.Theme(id: "b-9", versionTag: "v1.9", name: "Beta"));
        await h.PostAsync(Paths.WidgetThemes("w-1"), Payloads.Theme(id: "a-1", versionTag: "v1", name: "Alpha"));

        var items = (await h.GetAsync(Paths.WidgetThemes("w-1"))).Json["items"]!.AsArray();

        Assert.Equal(["a-1", "b-9", "b-10"], items.Select(i => i!["id"]!.GetValue<string>()));
        Assert.Equal(["PENDING", "ACTIVE", "ACTIVE"], items.Select(i => i!["state"]!.GetValue<string>()));
        var first = items[1]!;
        Assert.Equal("#1A1A1A", first["background_color"]!.GetValue<string>());
        Assert.Equal(14, first["font"]!["size_px"]!.GetValue<int>());
        Assert.Equal("https://cdn.example.com/faq.svg", first["buttons"]![1]!["icon_url"]!.GetValue<string>());
        Assert.Equal("w-1", first["widget_id"]!.GetValue<string>());
        Assert.Null(first["synced_from"]);
    }

    [Fact]
    public async Task ListThemes_WidgetNeverNamed_IsEmptyAndDoesNotCreateIt()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var themes = (await h.GetAsync(Paths.WidgetThemes("w-new"))).Json;
        var widgets = (await h.GetAsync(Paths.Widgets)).Json;

        Assert.Empty(themes["items"]!.AsArray());
        Assert.Equal(1, themes["total_pages"]!.GetValue<int>());
        Assert.Equal(0, widgets["total_items"]!.GetValue<int>());
    }

    [Fact]
    public async Task ListWidgets_ShowsWidgetsCreatedByWritesInIdOrder()
    {
        await using var h = await EmulatorHarness.StartAsync(o => new EmulatorOptions { TimeProvider = o.TimeProvider, RequestLog = o.RequestLog, Widgets = ["w-0"] });
        await h.PostAsync(Paths.WidgetThemes("w-2"), Payloads.Theme(id: "t2"));
        await h.PostAsync(Paths.WidgetThemes("w-1"), Payloads.Theme(id: "t1"));

        var items = (await h.GetAsync(Paths.Widgets)).Json["items"]!.AsArray();

        Assert.Equal(["w-0", "w-1", "w-2"], items.Select(i => i!["widget_id"]!.GetValue<string>()));
        Assert.All(items, i => Assert.NotNull(i!["created_at"]));
    }
}
