using System.Text.Json.Nodes;
using Cxone.Emulator.Tests.Support;

namespace Cxone.Emulator.Tests.Widgets;

public sealed class BatchSyncTests
{
    private static JsonObject Sync(string themeId, bool overrideExisting, params string[] widgets) => new()
    {
        ["widget_ids"] = new JsonArray(widgets.Select(w => (JsonNode)w).ToArray()),
        ["target_theme_id"] = themeId,
        ["override_existing"] = overrideExisting,
    };

    private static Dictionary<string, string> Statuses(ApiResponse response) =>
        response.Json["results"]!.AsArray().ToDictionary(r => r!["widget_id"]!.GetValue<string>(), r => r!["status"]!.GetValue<string>());

    [Fact]
    public async Task BatchSync_ActiveTheme_CopiesItOntoEachWidgetWithSyncedFrom()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.PublishActiveThemeAsync("w-1", Payloads.Theme(id: "dark"));

        var response = await h.PostAsync(Paths.BatchSync, Sync("dark", true, "w-2", "w-3"));
        var copy = (await h.GetAsync(Paths.WidgetThemes("w-3"))).Json["items"]![0]!;

        Assert.Equal(200, response.Status);
        Assert.Equal("dark", response.Json["target_theme_id"]!.GetValue<string>());
        Assert.Equal(new Dictionary<string, string> { ["w-2"] = "SYNCED", ["w-3"] = "SYNCED" }, Statuses(response));
        Assert.Equal("dark", copy["id"]!.GetValue<string>());
        Assert.Equal("w-1", copy["synced_from"]!.GetValue<string>());
        Assert.Equal("w-3", copy["widget_id"]!.GetValue<string>());
        Assert.Equal("ACTIVE", copy["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task BatchSync_WidgetAlreadyHasThemeWithoutOverride_IsSkipped()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.PublishActiveThemeAsync("w-1", Payloads.Theme(id: "dark"));
        await h.PostAsync(Paths.BatchSync, Sync("dark", false, "w-2"));

        var response = await h.PostAsync(Paths.BatchSync, Sync("dark", false, "w-1", "w-2", "w-3"));

        Assert.Equal(new Dictionary<string, string> { ["w-1"] = "SKIPPED", ["w-2"] = "SKIPPED", ["w-3"] = "SYNCED" }, Statuses(response));
    }

    [Fact]
    public async Task BatchSync_NeverChangesAssignments()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.PublishActiveThemeAsync("w-1", Payloads.Theme(id: "dark"));
        await h.PublishActiveThemeAsync("w-2", Payloads.Theme(id: "other", name: "Other"));
        await h.PutAsync(Paths.Assignments("w-2"), Payloads.Assignments("w-2", ("other", 1.0)));

        await h.PostAsync(Paths.BatchSync, Sync("dark", true, "w-2"));
        var items = (await h.GetAsync(Paths.Assignments("w-2"))).Json["items"]!.AsArray();

        Assert.Equal(["other"], items.Select(i => i!["theme_id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task BatchSync_DifferentThemeWithSameNameAndTagOnWidget_FailsThatWidget()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.PublishActiveThemeAsync("w-1", Payloads.Theme(id: "dark"));
        await h.PublishActiveThemeAsync("w-2", Payloads.Theme(id: "dark-copy"));

        var response = await h.PostAsync(Paths.BatchSync, Sync("dark", true, "w-2"));

        Assert.Equal("FAILED", Statuses(response)["w-2"]);
        Assert.Contains("immutable", response.Json["results"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BatchSync_PendingTheme_Is400()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.PostAsync(Paths.WidgetThemes("w-1"), Payloads.Theme(id: "dark"));

        var response = await h.PostAsync(Paths.BatchSync, Sync("dark", true, "w-2"));

        Assert.Equal(400, response.Status);
        Assert.Contains("PENDING, not ACTIVE", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BatchSync_UnknownTheme_Is400()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var response = await h.PostAsync(Paths.BatchSync, Sync("ghost", true, "w-2"));

        Assert.Equal(400, response.Status);
        Assert.Contains("'ghost' is not a known theme", response.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"widget_ids":[],"target_theme_id":"dark"}""", "widget_ids must list 1 to 1000")]
    [InlineData("""{"widget_ids":["w-1","w-1"],"target_theme_id":"dark"}""", "listed twice")]
    [InlineData("""{"widget_ids":["w-1"]}""", "target_theme_id is required")]
    [InlineData("""{"widget_ids":"w-1","target_theme_id":"dark"}""", "$.widget_ids")]
    public async Task BatchSync_MalformedRequest_Is400(string body, string expected)
    {
        await using var h = await EmulatorHarness.StartAsync();

        var response = await h.PostAsync(Paths.BatchSync, JsonNode.Parse(body)!);

        Assert.Equal(400, response.Status);
        Assert.Contains(expected, response.Message, StringComparison.Ordinal);
    }
}
