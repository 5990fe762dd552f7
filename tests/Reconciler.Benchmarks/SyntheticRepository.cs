using System.Globalization;
using System.Text;

namespace Reconciler.Benchmarks;

/// <summary>
/// Writes a content repository of the size issue 8 asks for: templates with several locales,
/// themes that pass the contrast rules, and widgets that assign them (each widget its own themes
/// plus one shared theme, so batch sync has work). Everything is valid: the benchmark measures
/// the work a real repository costs, not error reporting.
/// </summary>
internal static class SyntheticRepository
{
    private static readonly string[] LocaleNames = ["en-US", "es-419", "ja-JP", "fr-FR", "de-DE", "pt-BR", "it-IT", "nl-NL"];

    public static void Write(string root, BenchOptions options)
    {
        Directory.CreateDirectory(Path.Combine(root, "templates"));
        Directory.CreateDirectory(Path.Combine(root, "themes"));
        Directory.CreateDirectory(Path.Combine(root, "widgets"));
        File.WriteAllText(Path.Combine(root, "reconciler.yaml"), "apply:\n  concurrency: 4\n");
        for (var i = 0; i < options.Templates; i++)
        {
            File.WriteAllText(TemplatePath(root, i), Template(i, "v1.0", options.Locales, edited: false));
        }

        for (var t = 0; t < options.Themes; t++)
        {
            File.WriteAllText(Path.Combine(root, "themes", ThemeKey(t) + ".yaml"), Theme(t));
        }

        for (var w = 0; w < options.Widgets; w++)
        {
            File.WriteAllText(Path.Combine(root, "widgets", WidgetId(w) + ".yaml"), Widget(w, options));
        }
    }

    /// <summary>Bumps whole templates (and adds one smaller template for the remainder) so that exactly <paramref name="versions"/> new versions are planned.</summary>
    public static int BumpVersions(string root, BenchOptions options, int versions)
    {
        var whole = Math.Min(versions / options.Locales, options.Templates);
        for (var i = 0; i < whole; i++)
        {
            File.WriteAllText(TemplatePath(root, i), Template(i, "v1.1", options.Locales, edited: true));
        }

        var rest = Math.Min(versions - (whole * options.Locales), options.Locales);
        if (rest > 0)
        {
            File.WriteAllText(TemplatePath(root, options.Templates), Template(options.Templates, "v1.0", rest, edited: false));
        }

        return (whole * options.Locales) + rest;
    }

    private static string TemplatePath(string root, int i) => Path.Combine(root, "templates", TemplateId(i) + ".yaml");

    private static string TemplateId(int i) => "tmpl_bench_" + i.ToString("D5", CultureInfo.InvariantCulture);

    private static string ThemeKey(int t) => "theme-" + t.ToString("D4", CultureInfo.InvariantCulture);

    private static string WidgetId(int w) => "w-" + (100_000 + w).ToString(CultureInfo.InvariantCulture);

    private static string Template(int i, string version, int locales, bool edited)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"templateId: {TemplateId(i)}\nversion: {version}\nchannels: [messenger, whatsapp]\n");
        text.Append("defaultLocale: en-US\nvariables: [customer.name, order.id]\nlocales:\n");
        for (var l = 0; l < locales; l++)
        {
            var suffix = edited ? " We have updated this message." : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"""
                  {LocaleNames[l]}:
                    contentBlocks:
                      - id: header
                        type: header
                        content: "Order {"{{order.id}}"} update ({LocaleNames[l]} #{i})"
                      - id: body
                        type: text
                        content: |
                          Hi {"{{customer.name}}"}, your order {"{{order.id}}"} has moved to its next step.
                          Reply HELP for help or STOP to stop these messages.{suffix}

                """);
        }

        return text.ToString();
    }

    private static string Theme(int t) => string.Create(CultureInfo.InvariantCulture, $"""
        name: Bench Theme {t:D4}
        versionTag: v1.0.0
        backgroundColor: "#FFFFFF"
        primaryColor: "#0B5FFF"
        font:
          family: Source Sans Pro
          sizePx: {14 + (t % 4)}
          weight: 400
          color: "#1F2933"
        buttons:
          - label: Chat with us {t}
            color: "#0B5FFF"
            textColor: "#FFFFFF"
            position: right
          - label: Call me back
            color: "#E4E7EB"
            textColor: "#1F2933"
            position: left
        borderRadiusPx: {t % 17}
        maxWidthPx: 400

        """);

    private static string Widget(int w, BenchOptions options)
    {
        // Widget w assigns the themes t with t % widgets == w, and every widget but the first also
        // assigns theme 0, which the plan therefore spreads with one batch sync.
        var own = Enumerable.Range(0, options.Themes).Where(t => t % options.Widgets == w && t != 0).ToList();
        var shared = w != 0 || own.Count == 0;
        var parts = own.Count + (shared ? 1 : 0);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"widgetId: {WidgetId(w)}\nassignments:\n");
        var remaining = 1.0m;
        var k = 0;
        foreach (var theme in (shared ? [0] : Enumerable.Empty<int>()).Concat(own))
        {
            var weight = k == parts - 1 ? remaining : Math.Round(1.0m / parts, 2);
            remaining -= weight;
            text.Append(CultureInfo.InvariantCulture, $"  - {{ theme: {ThemeKey(theme)}, segmentId: seg-{k}, trafficWeight: {weight} }}\n");
            k++;
        }

        return text.ToString();
    }
}
