using System.Text.Json.Nodes;
using Cxone.Emulator.Tests.Support;

namespace Cxone.Emulator.Tests.Widgets;

public sealed class AssignmentTests
{
    private static async Task<EmulatorHarness> WithActiveThemesAsync()
    {
        var h = await EmulatorHarness.StartAsync();
        await h.PublishActiveThemeAsync("w-1", Payloads.Theme(id: "dark"));
        await h.PublishActiveThemeAsync("w-1", Payloads.Theme(id: "light", name: "Enterprise Light"));
        return h;
    }

    [Fact]
    public async Task Put_TutorialSplitOfOneThemeSeventyThirty_Is200AndListed()
    {
        await using var h = await WithActiveThemesAsync();
        var body = Payloads.Assignments("w-1", ("dark", 0.7), ("dark", 0.3));
        body["assignments"]![1]!["segment_id"] = null;
        body["assignments"]![1]!["geo_region"] = "US-EAST";

        var put = await h.PutAsync(Paths.Assignments("w-1"), body);
        var list = (await h.GetAsync(Paths.Assignments("w-1"))).Json;

        Assert.Equal(200, put.Status);
        Assert.Equal("weighted_random", put.Json["strategy"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(body["assignments"], put.Json["assignments"]));
        Assert.True(JsonNode.DeepEquals(body["assignments"], list["items"]));
        Assert.Equal("weighted_random", list["strategy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_ReplacesThePreviousSet()
    {
        await using var h = await WithActiveThemesAsync();
        await h.PutAsync(Paths.Assignments("w-1"), Payloads.Assignments("w-1", ("dark", 0.5), ("light", 0.5)));
        await h.PutAsync(Paths.Assignments("w-1"), Payloads.Assignments("w-1", ("light", 1.0)));

        var items = (await h.GetAsync(Paths.Assignments("w-1"))).Json["items"]!.AsArray();

        Assert.Equal(["light"], items.Select(i => i!["theme_id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Put_WeightsSummingToOneWithinFloatingPoint_IsAccepted()
    {
        await using var h = await WithActiveThemesAsync();

        var put = await h.PutAsync(Paths.Assignments("w-1"), Payloads.Assignments("w-1", ("dark", 0.7), ("light", 0.2), ("dark", 0.1)));

        Assert.Equal(200, put.Status);
    }

    public static TheoryData<string, string> Invalid() => new()
    {
        { """{"widget_id":"w-1","assignments":[{"theme_id":"dark","traffic_weight":0.6},{"theme_id":"light","traffic_weight":0.3}],"strategy":"weighted_random"}""", "sum to 0.9" },
        { """{"widget_id":"w-1","assignments":[{"theme_id":"dark","traffic_weight":1.5}],"strategy":"weighted_random"}""", "traffic_weight must be a number from 0 to 1" },
        { """{"widget_id":"w-1","assignments":[{"theme_id":"dark","traffic_weight":-0.1},{"theme_id":"light","traffic_weight":1.1}],"strategy":"weighted_random"}""", "assignments[0].traffic_weight" },
        { """{"widget_id":"w-1","assignments":[{"theme_id":"dark"}],"strategy":"weighted_random"}""", "traffic_weight" },
        { """{"widget_id":"w-2","assignments":[{"theme_id":"dark","traffic_weight":1}],"strategy":"weighted_random"}""", "must equal the widget in the path" },
        { """{"widget_id":"w-1","assignments":[{"theme_id":"dark","traffic_weight":1}],"strategy":"round_robin"}""", "strategy 'round_robin' is not supported" },
        { """{"widget_id":"w-1","assignments":[],"strategy":"weighted_random"}""", "at least one" },
        { """{"widget_id":"w-1","assignments":[{"theme_id":"ghost","traffic_weight":1}],"strategy":"weighted_random"}""", "'ghost' is not a known theme" },
        { """{"widget_id":"w-1","assignments":[{"traffic_weight":1}],"strategy":"weighted_random"}""", "theme_id is required" },
        { """{"widget_id":"w-1","assignments":[{"theme_id":"dark","segment_id":"has space","traffic_weight":1}],"strategy":"weighted_random"}""", "segment_id" },
        { """{"widget_id":"w-1","assignments":[{"theme_id":"dark","traffic_weight":"0.5"}],"strategy":"weighted_random"}""", "$.assignments[0].traffic_weight" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Put_InvalidSet_Is400AndKeepsTheOldSet(string body, string expected)
    {
        await using var h = await WithActiveThemesAsync();
        await h.PutAsync(Paths.Assignments("w-1"), Payloads.Assignments("w-1", ("dark", 1.0)));

        var put = await h.PutAsync(Paths.Assignments("w-1"), JsonNode.Parse(body)!);
        var items = (await h.GetAsync(Paths.Assignments("w-1"))).Json["items"]!.AsArray();

        Assert.Equal(400, put.Status);
        Assert.Contains(expected, put.Message, StringComparison.Ordinal);
        Assert.Equal(["dark"], items.Select(i => i!["theme_id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Put_ThemeStillPending_Is400SayingWaitForActivation()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.PostAsync(Paths.WidgetThemes("w-1"), Payloads.Theme(id: "fresh"));

        var put = await h.PutAsync(Paths.Assignments("w-1"), Payloads.Assignments("w-1", ("fresh", 1.0)));

        Assert.Equal(400, put.Status);
        Assert.Contains("'fresh' is PENDING, not ACTIVE", put.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_FailedTheme_Is400()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var theme = Payloads.Theme(id: "bad");
        theme["background_color"] = "#FFFFFF";
        await h.PublishActiveThemeAsync("w-1", theme);

        var put = await h.PutAsync(Paths.Assignments("w-1"), Payloads.Assignments("w-1", ("bad", 1.0)));

        Assert.Equal(400, put.Status);
        Assert.Contains("FAILED", put.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WidgetWithoutAssignments_IsEmptyFirstPage()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var list = (await h.GetAsync(Paths.Assignments("w-9"))).Json;

        Assert.Empty(list["items"]!.AsArray());
        Assert.Equal(1, list["page"]!.GetValue<int>());
        Assert.Equal(1, list["total_pages"]!.GetValue<int>());
    }
}
