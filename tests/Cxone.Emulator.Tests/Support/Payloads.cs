using System.Text.Json.Nodes;

namespace Cxone.Emulator.Tests.Support;

/// <summary>Valid request bodies, built fresh for each test to mutate.</summary>
internal static class Payloads
{
    public static JsonObject Template(string templateId = "tmpl_order", string version = "v1.0", string locale = "en-US", string channel = "whatsapp") => new()
    {
        ["templateId"] = templateId,
        ["version"] = version,
        ["channels"] = new JsonArray(channel),
        ["locale"] = locale,
        ["contentBlocks"] = new JsonArray(new JsonObject
        {
            ["id"] = "msg_01",
            ["type"] = "text",
            ["content"] = "Welcome {{customer.name}}. Your order {{order.id}} ships today.",
        }),
        ["variables"] = new JsonArray("customer.name", "order.id"),
        ["metadata"] = new JsonObject { ["createdBy"] = "tests", ["contentHash"] = "sha256:abc" },
    };

    public static JsonObject Theme(string id = "theme-1", string versionTag = "v1.0.0", string name = "Enterprise Dark Mode") => new()
    {
        ["id"] = id,
        ["version_tag"] = versionTag,
        ["name"] = name,
        ["background_color"] = "#1A1A1A",
        ["primary_color"] = "#00E676",
        ["font"] = new JsonObject { ["family"] = "Inter", ["size_px"] = 14, ["weight"] = 500, ["color"] = "#FFFFFF" },
        ["buttons"] = new JsonArray(
            new JsonObject { ["label"] = "Start Chat", ["color"] = "#00E676", ["text_color"] = "#000000", ["position"] = "center", ["icon_url"] = null },
            new JsonObject { ["label"] = "Browse FAQ", ["color"] = "#2C2C2C", ["text_color"] = "#E0E0E0", ["position"] = "left", ["icon_url"] = "https://cdn.example.com/faq.svg" }),
        ["border_radius_px"] = 8,
        ["max_width_px"] = 360,
    };

    public static JsonObject Assignments(string widgetId, params (string ThemeId, double Weight)[] items)
    {
        var list = new JsonArray();
        foreach (var (themeId, weight) in items)
        {
            list.Add(new JsonObject { ["theme_id"] = themeId, ["segment_id"] = "seg-premium", ["geo_region"] = null, ["traffic_weight"] = weight });
        }

        return new JsonObject { ["widget_id"] = widgetId, ["assignments"] = list, ["strategy"] = "weighted_random" };
    }
}
