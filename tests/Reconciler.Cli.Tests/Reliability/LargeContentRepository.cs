using System.Globalization;
using System.Text;
using Reconciler.TestSupport;

namespace Reconciler.Cli.Tests.Reliability;

/// <summary>
/// A large, valid content repository in a real temporary git repository: many templates in three
/// locales (one CXone version each), a few themes, and widgets that share them so apply also
/// batch-syncs. Everything is derived from the index, so two runs write the same bytes.
/// </summary>
internal sealed class LargeContentRepository : IDisposable
{
    public static readonly IReadOnlyList<string> Locales = ["en-US", "es-MX", "fr-CA"];

    private static readonly IReadOnlyDictionary<string, string> Greetings = new Dictionary<string, string>
    {
        ["en-US"] = "Hello {{customer.name}}, your order {{order.id}} has update",
        ["es-MX"] = "Hola {{customer.name}}, su pedido {{order.id}} tiene la novedad",
        ["fr-CA"] = "Bonjour {{customer.name}}, votre commande {{order.id}} a la mise à jour",
    };

    private LargeContentRepository(TempGitRepository repo, GeneratedContent content)
    {
        Repo = repo;
        Content = content;
    }

    public TempGitRepository Repo { get; }

    public GeneratedContent Content { get; }

    /// <summary>Writes and commits the repository.</summary>
    /// <param name="templates">Templates; each yields one version per locale.</param>
    /// <param name="themes">Themes, each assigned by at least one widget.</param>
    /// <param name="widgets">Widgets (at least <paramref name="themes"/>); odd ones split traffic between two themes.</param>
    /// <param name="concurrency">apply.concurrency in reconciler.yaml.</param>
    public static LargeContentRepository Create(int templates, int themes, int widgets, int concurrency)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(widgets, themes);
        var repo = new TempGitRepository();
        repo.Write("reconciler.yaml", $"apply:\n  concurrency: {concurrency}\n");

        var generatedTemplates = Enumerable.Range(1, templates).Select(i => WriteTemplate(repo, i)).ToList();
        var generatedThemes = Enumerable.Range(1, themes).Select(i => WriteTheme(repo, i)).ToList();
        var generatedWidgets = Enumerable.Range(1, widgets).Select(i => WriteWidget(repo, i, generatedThemes)).ToList();
        repo.Commit($"{templates} templates, {themes} themes, {widgets} widgets");
        return new LargeContentRepository(repo, new GeneratedContent(Locales, generatedTemplates, generatedThemes, generatedWidgets));
    }

    public void Dispose() => Repo.Dispose();

    private static GeneratedTemplate WriteTemplate(TempGitRepository repo, int index)
    {
        var id = $"tmpl_soak_{index:D4}";

        // Versions differ across templates so numeric ordering (v1.10 after v1.9) is exercised too.
        var version = $"v1.{index % 12}";
        var content = Locales.ToDictionary(l => l, l => $"{Greetings[l]} {index:D4}.", StringComparer.Ordinal);
        var yaml = new StringBuilder()
            .Append("templateId: ").Append(id).Append('\n')
            .Append("version: ").Append(version).Append('\n')
            .Append("channels: [whatsapp, messenger]\n")
            .Append("defaultLocale: en-US\n")
            .Append("variables: [customer.name, order.id]\n")
            .Append("locales:\n");
        foreach (var locale in Locales)
        {
            yaml.Append("  ").Append(locale).Append(":\n")
                .Append("    contentBlocks:\n")
                .Append("      - { id: msg_01, type: text, content: \"").Append(content[locale]).Append("\" }\n");
        }

        repo.Write($"templates/{id}.yaml", yaml.ToString());
        return new GeneratedTemplate(id, version, content);
    }

    private static GeneratedTheme WriteTheme(TempGitRepository repo, int index)
    {
        var theme = new GeneratedTheme($"soak-theme-{index:D2}", $"Soak Theme {index:D2}", $"v1.0.{index}");

        // Dark text on white and white on a deep blue both pass WCAG 2.1 AA (checked by validate).
        repo.Write($"themes/{theme.Key}.yaml", string.Create(CultureInfo.InvariantCulture, $$"""
            name: {{theme.Name}}
            versionTag: {{theme.VersionTag}}
            backgroundColor: "#FFFFFF"
            primaryColor: "#0B5FFF"
            font: { family: Inter, sizePx: 16, weight: 400, color: "#1F2933" }
            buttons:
              - { label: Chat {{index:D2}}, color: "#0B5FFF", textColor: "#FFFFFF", position: right }
            borderRadiusPx: {{index % 17}}
            maxWidthPx: {{300 + index}}

            """));
        return theme;
    }

    private static GeneratedWidget WriteWidget(TempGitRepository repo, int index, IReadOnlyList<GeneratedTheme> themes)
    {
        var id = $"w-soak{index:D3}";
        var first = themes[(index - 1) % themes.Count].Key;
        var second = themes[index % themes.Count].Key;
        IReadOnlyList<GeneratedAssignment> assignments = index % 2 == 1 || themes.Count == 1
            ? [new GeneratedAssignment(first, null, 1)]
            : [new GeneratedAssignment(first, "seg-soak-a", 0.5), new GeneratedAssignment(second, "seg-soak-b", 0.5)];
        var yaml = new StringBuilder().Append("widgetId: ").Append(id).Append("\nassignments:\n");
        foreach (var a in assignments)
        {
            yaml.Append("  - { theme: ").Append(a.ThemeKey)
                .Append(a.SegmentId is null ? "" : ", segmentId: " + a.SegmentId)
                .Append(", trafficWeight: ").Append(a.TrafficWeight.ToString(CultureInfo.InvariantCulture)).Append(" }\n");
        }

        repo.Write($"widgets/{id}.yaml", yaml.ToString());
        return new GeneratedWidget(id, assignments);
    }
}
