using Reconciler.Core.Content;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Settings;
using Reconciler.Core.Templates;
using Reconciler.Core.Themes;
using Reconciler.Core.Widgets;

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

        foreach (var template in content.Templates)
        {
            TemplateRules.Check(template, bag);
            TemplateContentRules.Check(template, content.Settings, bag);
        }

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

    private static void CheckDuplicateTemplateIds(IReadOnlyList<TemplateDocument> templates, DiagnosticBag bag)
    {
        var first = new Dictionary<string, TemplateDocument>(StringComparer.Ordinal);
        foreach (var template in templates)
        {
            if (!first.TryAdd(template.TemplateId, template))
            {
                var original = first[template.TemplateId];
                bag.Error(template.Path, template.TemplateIdPosition, DiagnosticCodes.DuplicateTemplateId,
                    $"templateId '{template.TemplateId}' is already defined in {original.Path}:{original.TemplateIdPosition.Line}; give this template its own id or merge the two files.");
            }
        }
    }

    private static void CheckDuplicateWidgetIds(IReadOnlyList<WidgetDocument> widgets, DiagnosticBag bag)
    {
        var first = new Dictionary<string, WidgetDocument>(StringComparer.Ordinal);
        foreach (var widget in widgets)
        {
            if (!first.TryAdd(widget.WidgetId, widget))
            {
                var original = first[widget.WidgetId];
                bag.Error(widget.Path, widget.WidgetIdPosition, DiagnosticCodes.DuplicateWidgetId,
                    $"widgetId '{widget.WidgetId}' is already configured in {original.Path}:{original.WidgetIdPosition.Line}; keep one file per widget.");
            }
        }
    }
}
