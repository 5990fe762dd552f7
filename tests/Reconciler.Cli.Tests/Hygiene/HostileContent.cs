using System.Text.Json;

namespace Reconciler.Cli.Tests.Hygiene;

/// <summary>
/// Content written to attack whatever shows it: HTML and script, javascript: links, mentions,
/// issue references, table breakers, code fences, a copy of the report marker, HTML comments,
/// a very long line, bidi overrides and a GitHub workflow command — in every field that takes
/// free text (template content, theme name, button labels, icon URL) and, made invalid on
/// purpose, in ids and file names that diagnostics quote.
/// </summary>
internal static class HostileContent
{
    public const string Script = "<script>window.__pwned=1;alert(1)</script>";
    public const string Image = "<img src=x onerror=alert(2)>";
    public const string Marker = "<!-- cxone-reconciler:report -->";
    public const string Bidi = "\u202Eexe.txt\u202C";

    /// <summary>A theme name of at most 100 characters that tries everything at once.</summary>
    public const string ThemeName = "<script>window.__pwned=2</script>@everyone #123 | x `y` <!-- \u202Ez";

    /// <summary>Button labels of at most 30 characters each.</summary>
    public static readonly string[] Labels = [Image, "](javascript:alert(3)) @a/team", "``` | a | b | --> " + "\u202Eevil"];

    /// <summary>One template block, under Messenger's 2,000-character limit, with a 1,200-character line.</summary>
    public static readonly string TemplateContent = string.Join('\n',
        "Hi " + Script + " " + Image,
        "[click](javascript:alert(3)) ![x](javascript:alert(4)) <a href=\"javascript:alert(5)\">x</a>",
        "@everyone @acme/admins see #123 and acme/repo#9",
        "| a | b |",
        "|---|---|",
        "```",
        "</details></summary><script>alert(6)</script>",
        "```",
        "~~~",
        Marker + " <!-- hidden --> -->",
        "::warning::injected workflow command",
        "bidi " + Bidi,
        new string('W', 1_200));

    /// <summary>Files that validate (so their content reaches diffs) and files that do not (so diagnostics quote them).</summary>
    public static IReadOnlyDictionary<string, string> Files() => new Dictionary<string, string>
    {
        ["templates/tmpl_hostile.yaml"] = $$"""
            templateId: tmpl_hostile
            version: v1.0
            channels: [messenger]
            defaultLocale: en-US
            variables: []
            locales:
              en-US:
                contentBlocks:
                  - id: body
                    type: text
                    content: {{Yaml(TemplateContent)}}
            """,
        ["themes/hostile.yaml"] = $$"""
            name: {{Yaml(ThemeName)}}
            versionTag: v1.0.0
            backgroundColor: "#1A1A1A"
            primaryColor: "#00E676"
            font: { family: Inter, sizePx: 14, weight: 500, color: "#FFFFFF" }
            buttons:
              - { label: {{Yaml(Labels[0])}}, color: "#00E676", textColor: "#000000", position: center }
              - { label: {{Yaml(Labels[1])}}, color: "#00E676", textColor: "#000000", position: left, iconUrl: {{Yaml("https://x.example/\"onmouseover=\"alert(7)")}} }
              - { label: {{Yaml(Labels[2])}}, color: "#00E676", textColor: "#000000", position: right }
            borderRadiusPx: 8
            maxWidthPx: 360
            """,
        ["widgets/w-900001.yaml"] = """
            widgetId: w-900001
            assignments:
              - { theme: hostile, trafficWeight: 1 }
            """,
        // Invalid on purpose: diagnostics quote ids and file names, and link to the file.
        ["templates/evil <img src=x onerror=alert(8)> @everyone #77 | `x`.yaml"] = $$"""
            templateId: {{Yaml(Image + " @everyone\n::warning::injected-id \u001b[31mred")}}
            version: v1.0
            channels: [messenger]
            defaultLocale: en-US
            variables: []
            locales:
              en-US:
                contentBlocks:
                  - { id: body, type: text, content: "x" }
            """,
        ["widgets/w-evil.yaml"] = $$"""
            widgetId: {{Yaml("w-<script>alert(11)</script>")}}
            assignments:
              - theme: {{Yaml("](javascript:alert(10))")}}
                segmentId: {{Yaml("seg-<script>alert(9)</script>")}}
                trafficWeight: 1
            """,
    };

    /// <summary>A YAML double-quoted scalar (JSON strings are valid ones).</summary>
    public static string Yaml(string value) => JsonSerializer.Serialize(value);
}
