using Reconciler.Core.Content;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Settings;
using Reconciler.Core.Templates;
using Reconciler.Core.Themes;
using Reconciler.Core.Widgets;
using Reconciler.Core.Yaml;

namespace Reconciler.Core.Validation;

/// <summary>
/// Runs every rule of SPEC §3 over loaded content. Only documents that loaded and matched their
/// schema's structure reach the rules, so one typo does not cascade into nonsense findings.
/// </summary>
public static class ContentValidator
{
    /// <summary>Loads <paramref name="source"/> and validates it.</summary>
    public static ValidationReport LoadAndValidate(IContentSource source)
    {
        var content = ContentLoader.Load(source);
        return new ValidationReport(content, Validate(content));
    }

    /// <summary>The load diagnostics of <paramref name="content"/> plus every rule's, sorted by file, line, column, code.</summary>
    public static IReadOnlyList<Diagnostic> Validate(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bag = new DiagnosticBag();
        if (content.SettingsNode is { } settingsNode && content.SettingsPath is { } settingsPath)
        {
            SettingsRules.Check(settingsPath, settingsNode, bag);
        }

        bag.AddRange(content.TemplateFindings);

        CheckDuplicateTemplateIds(content.Templates, bag);
        foreach (var theme in content.Themes)
        {
            ThemeRules.Check(theme, bag);
            ContrastRules.Check(theme, bag);
        }

        foreach (var widget in content.Widgets)
        {
            WidgetRules.Check(widget, content.ThemeKeys, bag);
        }

        CheckDuplicateWidgetIds(content.Widgets, bag);
        return content.Diagnostics.Concat(bag.Items)
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
    }

    private static void CheckDuplicateTemplateIds(IReadOnlyList<TemplateDocument> templates, DiagnosticBag bag) =>
        CheckDuplicates(templates, t => (t.TemplateId, t.Path, t.TemplateIdPosition), bag, DiagnosticCodes.DuplicateTemplateId,
            (id, original) => $"templateId '{id}' is already defined in {original}; give this template its own id or merge the two files.");

    private static void CheckDuplicateWidgetIds(IReadOnlyList<WidgetDocument> widgets, DiagnosticBag bag) =>
        CheckDuplicates(widgets, w => (w.WidgetId, w.Path, w.WidgetIdPosition), bag, DiagnosticCodes.DuplicateWidgetId,
            (id, original) => $"widgetId '{id}' is already configured in {original}; keep one file per widget.");

    /// <summary>Reports every document after the first that declares the same id, at its id's position.</summary>
    private static void CheckDuplicates<T>(IEnumerable<T> documents, Func<T, (string Id, string Path, SourcePosition At)> identify, DiagnosticBag bag, string code, Func<string, string, string> message)
    {
        var first = new Dictionary<string, (string Path, SourcePosition At)>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var (id, path, at) = identify(document);
            if (!first.TryAdd(id, (path, at)))
            {
                var original = first[id];
                bag.Error(path, at, code, message(id, $"{original.Path}:{original.At.Line}"));
            }
        }
    }
}
