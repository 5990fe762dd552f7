using Reconciler.Engine.Planning;
using Reconciler.Core.Versions;
using Reconciler.Cxone;
using Reconciler.Cxone.Templates;
using Reconciler.Cxone.Themes;

namespace Reconciler.Engine.Export;

/// <summary>
/// Writes live CXone state as a content repository in our format: one file per template, theme and
/// widget, widgets naming themes by file name, stable key order and names, so exporting twice gives
/// the same bytes and planning the export against the same tenant shows no changes. Templates are
/// streamed page by page and written as soon as each is complete.
/// </summary>
public sealed class ContentExporter
{
    private const string DefaultLocale = "en-US";
    private readonly ICxoneClient _client;
    private readonly Action<string>? _progress;

    public ContentExporter(ICxoneClient client, Action<string>? progress = null)
    {
        _client = client;
        _progress = progress;
    }

    public async Task<ExportResult> ExportAsync(ExportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var output = new ExportOutput(options.OutputFolder);
        var warnings = new List<string>();
        output.WriteSchemas();

        // Themes first: widgets name them by the file key chosen here.
        var widgetIds = new List<string>();
        await foreach (var widget in _client.ListWidgetsAsync(cancellationToken))
        {
            widgetIds.Add(widget.WidgetId);
        }

        var themes = await ReadThemesAsync(widgetIds, cancellationToken);
        var themeCount = 0;
        foreach (var (key, theme) in themes.Newest.Where(t => options.Includes(ExportKind.Themes, t.Key)))
        {
            output.Write($"themes/{key}.yaml", ThemeFile(theme));
            themeCount++;
        }

        var templateCount = await ExportTemplatesAsync(options, output, warnings, cancellationToken);

        var widgetCount = 0;
        foreach (var widgetId in widgetIds.Where(w => options.Includes(ExportKind.Widgets, w)))
        {
            var assignments = new List<Cxone.Widgets.ThemeAssignment>();
            await foreach (var assignment in _client.ListAssignmentsAsync(widgetId, cancellationToken))
            {
                assignments.Add(assignment);
            }

            if (assignments.Count == 0)
            {
                continue;
            }

            output.Write($"widgets/{widgetId}.yaml", WidgetFile(widgetId, assignments, themes.KeyById, warnings));
            widgetCount++;
            if (!options.Kinds.Contains(ExportKind.Themes) && assignments.Any(a => themes.KeyById.ContainsKey(a.ThemeId)))
            {
                warnings.Add($"widgets/{widgetId}.yaml names themes that were not exported (--kinds has no themes); export them too, or the repository will not validate.");
            }
        }

        return new ExportResult(templateCount, themeCount, widgetCount, output.Written, warnings);
    }

    private async Task<int> ExportTemplatesAsync(ExportOptions options, ExportOutput output, List<string> warnings, CancellationToken cancellationToken)
    {
        if (!options.Kinds.Contains(ExportKind.Templates))
        {
            return 0;
        }

        var count = 0;
        var done = new HashSet<string>(StringComparer.Ordinal);
        var current = new List<TemplateVersion>();
        void Flush()
        {
            if (current.Count > 0 && options.Includes(ExportKind.Templates, current[0].TemplateId))
            {
                output.Write($"templates/{current[0].TemplateId}.yaml", TemplateFile(current, warnings));
                if (++count % 500 == 0)
                {
                    _progress?.Invoke($"{count} templates written");
                }
            }

            current.Clear();
        }

        await foreach (var version in _client.ListTemplatesAsync(cancellationToken))
        {
            if (current.Count > 0 && current[0].TemplateId != version.TemplateId)
            {
                done.Add(current[0].TemplateId);
                Flush();
            }

            if (done.Contains(version.TemplateId))
            {
                // Writing the file again with only the late locales would silently drop the others.
                throw new InvalidOperationException(
                    $"CXone listed template {version.TemplateId} out of order (its locales were not adjacent), so the export cannot stream it safely. Nothing is wrong with your content; please report this.");
            }

            current.Add(version);
        }

        Flush();
        return count;
    }

    private async Task<LiveThemes> ReadThemesAsync(IEnumerable<string> widgetIds, CancellationToken cancellationToken)
    {
        var newest = new SortedDictionary<string, WidgetTheme>(StringComparer.Ordinal);
        var keyById = new Dictionary<string, string>(StringComparer.Ordinal);
        var nameOfKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var all = new List<WidgetTheme>();
        foreach (var widgetId in widgetIds)
        {
            await foreach (var theme in _client.ListWidgetThemesAsync(widgetId, cancellationToken))
            {
                all.Add(theme);
            }
        }

        // Ordered so that key choices (and collision suffixes) do not depend on listing order.
        foreach (var theme in all.OrderBy(t => t.Name, StringComparer.Ordinal).ThenBy(t => t.Id, StringComparer.Ordinal))
        {
            var key = ThemeKeys.For(theme);
            if (ThemeOwnership.KeyOf(theme) is null)
            {
                var suffix = 2;
                var baseKey = key;
                while (nameOfKey.TryGetValue(key, out var owner) && owner != theme.Name)
                {
                    key = $"{baseKey}-{suffix++}";
                }
            }

            nameOfKey.TryAdd(key, theme.Name);
            keyById[theme.Id] = key;
            if (!newest.TryGetValue(key, out var kept) || IsNewer(theme, kept))
            {
                newest[key] = theme;
            }
        }

        return new LiveThemes(newest, keyById);
    }

    private static bool IsNewer(WidgetTheme candidate, WidgetTheme kept)
    {
        var a = VersionNumber.TryParse(candidate.VersionTag, out var x) ? x : null;
        var b = VersionNumber.TryParse(kept.VersionTag, out var y) ? y : null;
        var compared = a is not null && b is not null ? a.CompareTo(b) : string.CompareOrdinal(candidate.VersionTag, kept.VersionTag);
        return compared > 0 || (compared == 0 && candidate.SyncedFrom is null && kept.SyncedFrom is not null);
    }

    private static byte[] TemplateFile(List<TemplateVersion> locales, List<string> warnings)
    {
        var byLocale = locales.OrderBy(l => l.Locale, StringComparer.Ordinal).ToList();
        var primary = byLocale.FirstOrDefault(l => l.Locale == DefaultLocale) ?? byLocale[0];
        var version = byLocale.Select(l => l.Version).MaxBy(v => VersionNumber.TryParse(v, out var n) ? n : null, Comparer<VersionNumber?>.Create((a, b) => a is null ? -1 : a.CompareTo(b)))!;
        if (byLocale.Any(l => l.Version != version))
        {
            warnings.Add($"templates/{primary.TemplateId}.yaml: its locales are at different versions ({string.Join(", ", byLocale.Select(l => $"{l.Locale} {l.Version}"))}); exported at {version}, so plan will propose {version} for the others.");
        }

        var file = new YamlFileWriter("../.schemas/template.schema.json")
            .String("templateId", primary.TemplateId)
            .String("version", version)
            .Strings("channels", primary.Channels)
            .String("defaultLocale", primary.Locale)
            .Strings("variables", primary.Variables)
            .StartMapping("locales");
        foreach (var locale in byLocale.OrderBy(l => l == primary ? 0 : 1))
        {
            file.StartMapping(locale.Locale).StartSequence("contentBlocks");
            foreach (var block in locale.ContentBlocks)
            {
                file.StartMapping().String("id", block.Id).String("type", block.Type).String("content", block.Content).EndMapping();
            }

            file.EndSequence().EndMapping();
        }

        return file.EndMapping().Finish();
    }

    private static byte[] ThemeFile(WidgetTheme theme)
    {
        var file = new YamlFileWriter("../.schemas/theme.schema.json")
            .String("name", theme.Name)
            .String("versionTag", theme.VersionTag)
            .String("backgroundColor", theme.BackgroundColor)
            .String("primaryColor", theme.PrimaryColor);
        if (theme.Font is { } font)
        {
            file.StartMapping("font").String("family", font.Family).Number("sizePx", font.SizePx).Number("weight", font.Weight).String("color", font.Color).EndMapping();
        }

        file.StartSequence("buttons");
        foreach (var button in theme.Buttons)
        {
            file.StartMapping().String("label", button.Label).String("color", button.Color).String("textColor", button.TextColor)
                .String("position", button.Position).String("iconUrl", button.IconUrl).EndMapping();
        }

        return file.EndSequence().Number("borderRadiusPx", theme.BorderRadiusPx).Number("maxWidthPx", theme.MaxWidthPx).Finish();
    }

    private static byte[] WidgetFile(string widgetId, List<Cxone.Widgets.ThemeAssignment> assignments, IReadOnlyDictionary<string, string> keyById, List<string> warnings)
    {
        var file = new YamlFileWriter("../.schemas/widget.schema.json").String("widgetId", widgetId).StartSequence("assignments");
        foreach (var assignment in assignments)
        {
            if (!keyById.TryGetValue(assignment.ThemeId, out var key))
            {
                warnings.Add($"widgets/{widgetId}.yaml: theme {assignment.ThemeId} is assigned but no widget lists it; the file names its id, which will not validate until the theme is exported.");
                key = assignment.ThemeId;
            }

            file.StartMapping().String("theme", key).String("segmentId", assignment.SegmentId).String("geoRegion", assignment.GeoRegion)
                .Number("trafficWeight", assignment.TrafficWeight).EndMapping();
        }

        return file.EndSequence().Finish();
    }

    private sealed record LiveThemes(IReadOnlyDictionary<string, WidgetTheme> Newest, IReadOnlyDictionary<string, string> KeyById);
}
