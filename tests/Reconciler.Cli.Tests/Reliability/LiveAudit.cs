using System.Collections.Concurrent;
using Reconciler.Cxone;
using Reconciler.Cxone.Templates;
using Reconciler.Cxone.Themes;
using Reconciler.Cxone.Widgets;

namespace Reconciler.Cli.Tests.Reliability;

/// <summary>
/// Compares live CXone state with a <see cref="GeneratedContent"/>, version by version: every
/// declared template version exactly once with its content, nothing else; every theme published
/// once, listed once per widget that uses it, ACTIVE; every widget's assignments as declared.
/// </summary>
internal static class LiveAudit
{
    public static async Task<LiveAuditResult> RunAsync(ICxoneClient client, GeneratedContent content, CancellationToken cancellationToken = default)
    {
        var problems = new ConcurrentBag<string>();
        var counts = new Counts();
        await Parallel.ForEachAsync(content.Templates, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (template, ct) =>
            AuditTemplate(template, content.Locales, await ListVersionsAsync(client, template.TemplateId, ct), counts, problems));
        foreach (var widget in content.Widgets)
        {
            await AuditWidgetAsync(client, content, widget, counts, problems, cancellationToken);
        }

        AuditPublications(content, counts, problems);
        return new LiveAuditResult(content.TemplateVersions, counts.Present, counts.Missing, counts.Duplicates, counts.Extra, [.. problems.Order(StringComparer.Ordinal)]);
    }

    private static async Task<List<TemplateVersion>> ListVersionsAsync(ICxoneClient client, string templateId, CancellationToken cancellationToken)
    {
        var versions = new List<TemplateVersion>();
        try
        {
            await foreach (var version in client.ListTemplateVersionsAsync(templateId, cancellationToken))
            {
                versions.Add(version);
            }
        }
        catch (CxoneApiException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            // No version of this template at all: every locale is missing.
        }

        return versions;
    }

    private static void AuditTemplate(GeneratedTemplate template, IReadOnlyList<string> locales, List<TemplateVersion> live, Counts counts, ConcurrentBag<string> problems)
    {
        foreach (var locale in locales)
        {
            var matching = live.Where(v => v.Locale == locale && v.Version == template.Version).ToList();
            if (matching.Count == 0)
            {
                Counts.Add(ref counts.Missing);
                problems.Add($"missing: {template.TemplateId} {locale} {template.Version}");
                continue;
            }

            Counts.Add(ref counts.Present);
            if (matching.Count > 1)
            {
                Counts.Add(ref counts.Duplicates, matching.Count - 1);
                problems.Add($"duplicate: {template.TemplateId} {locale} {template.Version} listed {matching.Count} times");
            }

            var blocks = matching[0].ContentBlocks;
            if (blocks.Count != 1 || blocks[0].Content != template.ContentByLocale[locale])
            {
                Counts.Add(ref counts.Extra);
                problems.Add($"wrong content: {template.TemplateId} {locale} {template.Version}: {string.Join(" | ", blocks.Select(b => b.Content))}");
            }
        }

        foreach (var extra in live.Where(v => v.Version != template.Version || !locales.Contains(v.Locale)))
        {
            Counts.Add(ref counts.Extra);
            problems.Add($"undeclared version: {extra.TemplateId} {extra.Locale} {extra.Version}");
        }
    }

    private static async Task AuditWidgetAsync(ICxoneClient client, GeneratedContent content, GeneratedWidget widget, Counts counts, ConcurrentBag<string> problems, CancellationToken cancellationToken)
    {
        var themes = new List<WidgetTheme>();
        await foreach (var theme in client.ListWidgetThemesAsync(widget.WidgetId, cancellationToken))
        {
            themes.Add(theme);
        }

        counts.WidgetThemes[widget.WidgetId] = themes;
        foreach (var declared in content.Themes.Where(t => widget.Assignments.Any(a => a.ThemeKey == t.Key)))
        {
            // A theme that FAILED activation stays listed as history; it is neither the live version nor a copy of it.
            var listed = themes.Where(t => t.Name == declared.Name && t.VersionTag == declared.VersionTag && t.State != ThemeState.Failed).ToList();
            if (listed.Count == 0)
            {
                Counts.Add(ref counts.Missing);
                problems.Add($"missing: theme {declared.Key} {declared.VersionTag} on {widget.WidgetId}");
                continue;
            }

            Counts.Add(ref counts.Present);
            if (listed.Count > 1)
            {
                Counts.Add(ref counts.Duplicates, listed.Count - 1);
                problems.Add($"duplicate: theme {declared.Key} {declared.VersionTag} listed {listed.Count} times on {widget.WidgetId}");
            }

            if (listed[0].State != ThemeState.Active)
            {
                Counts.Add(ref counts.Extra);
                problems.Add($"theme {declared.Key} on {widget.WidgetId} is {listed[0].Id} in state {listed[0].State}");
            }
        }

        foreach (var stray in themes.Where(t => !content.Themes.Any(d => d.Name == t.Name && d.VersionTag == t.VersionTag)))
        {
            Counts.Add(ref counts.Extra);
            problems.Add($"undeclared theme: {stray.Name} {stray.VersionTag} on {widget.WidgetId}");
        }

        var assignments = new List<ThemeAssignment>();
        await foreach (var assignment in client.ListAssignmentsAsync(widget.WidgetId, cancellationToken))
        {
            assignments.Add(assignment);
        }

        // Each assignment names the ACTIVE theme this widget lists for the declared name and tag.
        var expected = widget.Assignments.Select(a => $"{ActiveId(themes, content.Themes.Single(t => t.Key == a.ThemeKey))}/{a.SegmentId}/{a.TrafficWeight}").Order(StringComparer.Ordinal);
        var actual = assignments.Select(a => $"{a.ThemeId}/{a.SegmentId}/{a.TrafficWeight}").Order(StringComparer.Ordinal);
        if (!expected.SequenceEqual(actual))
        {
            Counts.Add(ref counts.Missing);
            problems.Add($"assignments of {widget.WidgetId}: expected [{string.Join(", ", expected)}], live [{string.Join(", ", actual)}]");
        }
    }

    private static string ActiveId(List<WidgetTheme> themes, GeneratedTheme declared) =>
        themes.FirstOrDefault(t => t.Name == declared.Name && t.VersionTag == declared.VersionTag && t.State == ThemeState.Active)?.Id ?? "(no active theme)";

    /// <summary>Each theme is published (not synced) exactly once, to the first widget that uses it.</summary>
    private static void AuditPublications(GeneratedContent content, Counts counts, ConcurrentBag<string> problems)
    {
        foreach (var theme in content.Themes)
        {
            var published = counts.WidgetThemes.Values.SelectMany(t => t)
                .Where(t => t.Name == theme.Name && t.VersionTag == theme.VersionTag && t.SyncedFrom is null && t.State != ThemeState.Failed)
                .ToList();
            if (published.Count > 1)
            {
                Counts.Add(ref counts.Duplicates, published.Count - 1);
                problems.Add($"duplicate: theme {theme.Key} {theme.VersionTag} published {published.Count} times ({string.Join(", ", published.Select(p => p.WidgetId))})");
            }
        }
    }

    private sealed class Counts
    {
        public int Present;
        public int Missing;
        public int Duplicates;
        public int Extra;

        public ConcurrentDictionary<string, List<WidgetTheme>> WidgetThemes { get; } = new(StringComparer.Ordinal);

        public static void Add(ref int counter, int by = 1) => Interlocked.Add(ref counter, by);
    }
}
