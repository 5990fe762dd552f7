using System.Text.Json.Nodes;
using Cxone.Emulator.Tests.Support;

namespace Cxone.Emulator.Tests.Widgets;

public sealed class StrictWidgetTests
{
    private static Task<EmulatorHarness> StrictAsync() => EmulatorHarness.StartAsync(o => new EmulatorOptions
    {
        TimeProvider = o.TimeProvider,
        RequestLog = o.RequestLog,
        JobLatency = o.JobLatency,
        StrictWidgets = true,
        Widgets = ["w-known", "w-other"],
    });

    [Fact]
    public async Task Strict_ListedWidget_WorksAndIsListedFromTheStart()
    {
        await using var h = await StrictAsync();

        var widgets = (await h.GetAsync(Paths.Widgets)).Json["items"]!.AsArray();
        var published = await h.PostAsync(Paths.WidgetThemes("w-known"), Payloads.Theme());

        Assert.Equal(["w-known", "w-other"], widgets.Select(w => w!["widget_id"]!.GetValue<string>()));
        Assert.Equal(202, published.Status);
    }

    [Fact]
    public async Task Strict_UnlistedWidget_Is404OnEveryWidgetCall()
    {
        await using var h = await StrictAsync();
        var token = await h.TokenAsync();

        var calls = new[]
        {
            await h.PostAsync(Paths.WidgetThemes("w-ghost"), Payloads.Theme(), token),
            await h.GetAsync(Paths.WidgetThemes("w-ghost"), token),
            await h.PutAsync(Paths.Assignments("w-ghost"), Payloads.Assignments("w-ghost", ("x", 1.0)), token),
            await h.GetAsync(Paths.Assignments("w-ghost"), token),
            await h.GetAsync($"{Paths.Performance}?widget_id=w-ghost&start_date=2024-09-01&end_date=2024-10-01", token),
        };

        Assert.All(calls, c => Assert.Equal(404, c.Status));
        Assert.Contains("--widget w-ghost", calls[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Strict_BatchSyncToUnlistedWidget_FailsOnlyThatWidget()
    {
        await using var h = await StrictAsync();
        await h.PublishActiveThemeAsync("w-known", Payloads.Theme(id: "dark"));

        var response = await h.PostAsync(Paths.BatchSync, new JsonObject
        {
            ["widget_ids"] = new JsonArray("w-other", "w-ghost"),
            ["target_theme_id"] = "dark",
            ["override_existing"] = true,
        });
        var results = response.Json["results"]!.AsArray();

        Assert.Equal("SYNCED", results[0]!["status"]!.GetValue<string>());
        Assert.Equal("FAILED", results[1]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Lenient_WidgetIdWithSlashEncoded_Is400()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var response = await h.PostAsync(Paths.WidgetThemes("w%20x"), Payloads.Theme());

        Assert.Equal(400, response.Status);
        Assert.Contains("Widget id 'w x'", response.Message, StringComparison.Ordinal);
    }
}
