using Reconciler.Cxone.Templates;
using Reconciler.Cxone.Themes;

namespace Reconciler.Cxone.Tests.Fakes;

/// <summary>Sample payloads.</summary>
internal static class Payloads
{
    public static TemplatePayload Template(string id = "tmpl_order_shipped", string version = "v1.0", string locale = "en-US", string text = "Hi {{customer.name}}, order {{order.id}} ships today.", string? hash = null) =>
        new(
            id,
            version,
            ["whatsapp", "sms"],
            locale,
            [new ContentBlock("msg_01", "text", text)],
            ["customer.name", "order.id"],
            new ContentMetadata { CreatedBy = "tests", Timestamp = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), ContentHash = hash });

    public static string TemplateJson(TemplatePayload p, string? hash = null) =>
        $$"""{"templateId":"{{p.TemplateId}}","version":"{{p.Version}}","channels":["sms","whatsapp"],"locale":"{{p.Locale}}","contentBlocks":[{"id":"msg_01","type":"text","content":"{{p.ContentBlocks[0].Content}}"}],"variables":["order.id","customer.name"],"metadata":{"createdBy":"someone","timestamp":1700000000{{(hash is null ? "" : $",\"contentHash\":\"{hash}\"")}}},"createdAt":"2026-01-01T00:00:00Z"}""";

    public static ThemePayload Theme(string id = "5f0c3d1e-8a7b-4c2d-9e1f-0a1b2c3d4e5f", string tag = "v1.0.0", string background = "#1A1A1A") =>
        new(
            id,
            tag,
            "Enterprise Dark",
            background,
            "#00E676",
            new ThemeFont("Inter", 14, 500, "#FFFFFF"),
            [new ThemeButton("Start Chat", "#00E676", "#000000", "center")],
            8,
            360);

    public static string ThemeJson(string id, string widgetId, string tag = "v1.0.0", string background = "#1a1a1a", string state = "ACTIVE") =>
        $$"""{"id":"{{id}}","widget_id":"{{widgetId}}","version_tag":"{{tag}}","name":"Enterprise Dark","background_color":"{{background}}","primary_color":"#00E676","font":{"family":"Inter","size_px":14,"weight":500,"color":"#FFFFFF"},"buttons":[{"label":"Start Chat","color":"#00E676","text_color":"#000000","position":"center","icon_url":null}],"border_radius_px":8,"max_width_px":360,"state":"{{state}}","created_at":"2026-01-01T00:00:00Z","synced_from":null}""";

    public static string Page(int page, int totalPages, params string[] items) =>
        $$"""{"items":[{{string.Join(",", items)}}],"page":{{page}},"page_size":{{items.Length}},"total_items":{{items.Length}},"total_pages":{{totalPages}}}""";
}
