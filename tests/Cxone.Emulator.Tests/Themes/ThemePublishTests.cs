using System.Text.Json.Nodes;
using Cxone.Emulator.Tests.Support;

namespace Cxone.Emulator.Tests.Themes;

public sealed class ThemePublishTests
{
    [Fact]
    public async Task Publish_ValidTheme_Is202PendingThenActiveAfterLatency()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TokenAsync();
        var published = await h.PostAsync(Paths.WidgetThemes("w-1"), Payloads.Theme(), token);

        Assert.Equal(202, published.Status);
        Assert.Equal("PENDING", published.Json["state"]!.GetValue<string>());
        Assert.Equal("w-1", published.Json["widget_id"]!.GetValue<string>());
        Assert.Equal("PENDING", (await h.GetAsync(Paths.ThemeStatus("theme-1"), token)).Json["state"]!.GetValue<string>());
        h.Clock.Advance(TimeSpan.FromSeconds(2));
        var status = (await h.GetAsync(Paths.ThemeStatus("theme-1"), token)).Json;
        Assert.Equal("ACTIVE", status["state"]!.GetValue<string>());
        Assert.Null(status["error_message"]);
    }

    [Fact]
    public async Task Publish_WhiteOnWhite_GoesFailedWithTheRatio()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var theme = Payloads.Theme();
        theme["background_color"] = "#FFFFFF";
        await h.PublishActiveThemeAsync("w-1", theme);

        var status = (await h.GetAsync(Paths.ThemeStatus("theme-1"))).Json;

        Assert.Equal("FAILED", status["state"]!.GetValue<string>());
        Assert.Contains("1.00:1", status["error_message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_LowContrastButton_GoesFailedNamingTheButton()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var theme = Payloads.Theme();
        theme["buttons"]![1]!["text_color"] = "#3A3A3A";
        await h.PublishActiveThemeAsync("w-1", theme);

        var status = (await h.GetAsync(Paths.ThemeStatus("theme-1"))).Json;

        Assert.Equal("FAILED", status["state"]!.GetValue<string>());
        Assert.Contains("buttons[1] 'Browse FAQ'", status["error_message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_LargeBodyTextAtThreeToOne_IsActive()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var theme = Payloads.Theme();
        theme["background_color"] = "#FFFFFF";
        theme["font"]!["color"] = "#949494";
        theme["font"]!["size_px"] = 24;
        await h.PublishActiveThemeAsync("w-1", theme);

        Assert.Equal("ACTIVE", (await h.GetAsync(Paths.ThemeStatus("theme-1"))).Json["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Publish_WithJobFailureRateOne_GoesFailed()
    {
        await using var h = await EmulatorHarness.StartAsync(o => new EmulatorOptions { TimeProvider = o.TimeProvider, RequestLog = o.RequestLog, JobFailureRate = 1 });
        await h.PublishActiveThemeAsync("w-1", Payloads.Theme());

        Assert.Equal("FAILED", (await h.GetAsync(Paths.ThemeStatus("theme-1"))).Json["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Publish_SameId_Is409WithExistingId()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.PublishActiveThemeAsync("w-1", Payloads.Theme());

        var again = await h.PostAsync(Paths.WidgetThemes("w-2"), Payloads.Theme(versionTag: "v9"));

        Assert.Equal(409, again.Status);
        Assert.Equal("theme-1", again.Json["existing_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Publish_SameNameAndVersionTagOnWidget_Is409_ButOnOtherWidgetIsAccepted()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.PublishActiveThemeAsync("w-1", Payloads.Theme());

        var sameWidget = await h.PostAsync(Paths.WidgetThemes("w-1"), Payloads.Theme(id: "theme-2"));
        var otherWidget = await h.PostAsync(Paths.WidgetThemes("w-2"), Payloads.Theme(id: "theme-3"));

        Assert.Equal(409, sameWidget.Status);
        Assert.Equal("theme-1", sameWidget.Json["existing_id"]!.GetValue<string>());
        Assert.Contains("new version tag", sameWidget.Message, StringComparison.Ordinal);
        Assert.Equal(202, otherWidget.Status);
    }

    [Fact]
    public async Task Publish_SameTagAfterFailedActivation_IsAcceptedUnderANewId()
    {
        await using var h = await EmulatorHarness.StartAsync(o => new EmulatorOptions { TimeProvider = o.TimeProvider, RequestLog = o.RequestLog, JobFailureRate = 1 });
        await h.PublishActiveThemeAsync("w-1", Payloads.Theme());

        var again = await h.PostAsync(Paths.WidgetThemes("w-1"), Payloads.Theme(id: "theme-2"));
        var sameId = await h.PostAsync(Paths.WidgetThemes("w-1"), Payloads.Theme());

        Assert.Equal(202, again.Status);
        Assert.Equal(409, sameId.Status);
    }

    [Fact]
    public async Task Status_UnknownTheme_Is404()
    {
        await using var h = await EmulatorHarness.StartAsync();

        Assert.Equal(404, (await h.GetAsync(Paths.ThemeStatus("nope"))).Status);
    }

    public static TheoryData<string, JsonNode?, string> InvalidFields() => new()
    {
        { "name", "ab", "name must be 3–100 characters" },
        { "name", new string('n', 101), "name must be 3–100 characters" },
        { "name", null, "name is required" },
        { "background_color", "red", "background_color 'red' must be a #RRGGBB colour" },
        { "primary_color", "#12345", "primary_color" },
        { "border_radius_px", 17, "border_radius_px must be between 0 and 16; got 17" },
        { "border_radius_px", -1, "border_radius_px" },
        { "max_width_px", 279, "max_width_px must be between 280 and 420; got 279" },
        { "max_width_px", 421, "max_width_px" },
        { "id", "", "id '' must be" },
        { "id", "a/b", "id 'a/b' must be" },
        { "version_tag", "", "version_tag is required" },
        { "font", null, "font is required" },
        { "buttons", new JsonArray(), "buttons must hold 1 to 3 buttons; got 0" },
        { "metadata", "text", "metadata must be a JSON object" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Publish_FieldOutOfRange_Is400NamingTheField(string field, JsonNode? value, string expected)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var theme = Payloads.Theme();
        theme[field] = value?.DeepClone();

        var response = await h.PostAsync(Paths.WidgetThemes("w-1"), theme);

        Assert.Equal(400, response.Status);
        Assert.Contains(expected, response.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, JsonNode?, string> InvalidNested() => new()
    {
        { "font", "size_px", 11, "font.size_px must be between 12 and 24; got 11" },
        { "font", "size_px", 25, "font.size_px" },
        { "font", "weight", 950, "font.weight must be between 100 and 900" },
        { "font", "family", "", "font.family must be 1–100 characters" },
        { "font", "color", "#GGGGGG", "font.color" },
        { "button", "label", "", "buttons[0].label must be 1–30 characters" },
        { "button", "label", new string('l', 31), "buttons[0].label must be 1–30 characters; got 31" },
        { "button", "position", "middle", "buttons[0].position 'middle' must be left, right or center" },
        { "button", "icon_url", "http://cdn.example.com/x.svg", "buttons[0].icon_url" },
        { "button", "icon_url", "not a url", "must be an absolute https:// URL" },
        { "button", "text_color", "white", "buttons[0].text_color" },
    };

    [Theory]
    [MemberData(nameof(InvalidNested))]
    public async Task Publish_NestedFieldOutOfRange_Is400NamingThePath(string where, string field, JsonNode? value, string expected)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var theme = Payloads.Theme();
        var target = where == "font" ? theme["font"]! : theme["buttons"]![0]!;
        target[field] = value?.DeepClone();

        var response = await h.PostAsync(Paths.WidgetThemes("w-1"), theme);

        Assert.Equal(400, response.Status);
        Assert.Contains(expected, response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_FourButtons_Is400()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var theme = Payloads.Theme();
        var buttons = theme["buttons"]!.AsArray();
        buttons.Add(buttons[0]!.DeepClone());
        buttons.Add(buttons[0]!.DeepClone());

        var response = await h.PostAsync(Paths.WidgetThemes("w-1"), theme);

        Assert.Equal(400, response.Status);
        Assert.Contains("got 4", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_SizeAsString_Is400NamingTheJsonPath()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var theme = Payloads.Theme();
        theme["font"]!["size_px"] = "14";

        var response = await h.PostAsync(Paths.WidgetThemes("w-1"), theme);

        Assert.Equal(400, response.Status);
        Assert.Contains("$.font.size_px", response.Message, StringComparison.Ordinal);
    }
}
