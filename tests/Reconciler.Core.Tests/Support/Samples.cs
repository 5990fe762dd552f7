namespace Reconciler.Core.Tests.Support;

/// <summary>Small valid documents; tests change one line to break exactly one rule.</summary>
internal static class Samples
{
    // Line numbers matter: tests assert them.
    public const string Template = """
        templateId: tmpl_order
        version: v2.4
        channels: [whatsapp, messenger]
        defaultLocale: en-US
        variables: [customer.name, order.id]
        locales:
          en-US:
            contentBlocks:
              - id: msg_01
                type: text
                content: "Hi {{customer.name}}, order {{order.id}} ships."
          es-MX:
            contentBlocks:
              - id: msg_01
                type: text
                content: "Hola {{customer.name}}, pedido {{order.id}}."

        """;

    public const string Theme = """
        name: Enterprise Dark
        versionTag: v1.2.0
        backgroundColor: "#1A1A1A"
        primaryColor: "#00E676"
        font: { family: Inter, sizePx: 14, weight: 500, color: "#FFFFFF" }
        buttons:
          - { label: Start Chat, color: "#00E676", textColor: "#000000", position: center }
          - { label: FAQ, color: "#2C2C2C", textColor: "#E0E0E0", position: left, iconUrl: "https://cdn.example.com/i.svg" }
        borderRadiusPx: 8
        maxWidthPx: 360

        """;

    public const string Widget = """
        widgetId: w-123456
        assignments:
          - { theme: dark, segmentId: seg-premium, trafficWeight: 0.7 }
          - { theme: dark, geoRegion: US-EAST, trafficWeight: 0.3 }

        """;
}
