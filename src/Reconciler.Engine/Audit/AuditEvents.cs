using Reconciler.Core.Content;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Schemas;
using Reconciler.Core.Validation;
using Reconciler.Engine.Apply;
using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Audit;

/// <summary>Builds audit events from a validation report and from apply outcomes.</summary>
public static class AuditEvents
{
    /// <summary>One event per payload of <paramref name="report"/>: passed, or failed with the errors of its file.</summary>
    public static ValidationOutcome ForValidation(ValidationReport report, AuditContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(context);
        var errorsByFile = report.Diagnostics.Where(d => d.IsError).ToLookup(d => d.File, StringComparer.Ordinal);
        var now = context.Time.GetUtcNow();
        var events = new List<AuditEvent>();
        var bound = new HashSet<string>(StringComparer.Ordinal);
        var content = report.Content;
        foreach (var template in content.Templates)
        {
            bound.Add(template.Path);
            foreach (var locale in template.Locales)
            {
                events.Add(Validation(now, context, "template", template.TemplateId, locale.Tag, template.Version, errorsByFile[template.Path]));
            }
        }

        foreach (var theme in content.Themes)
        {
            bound.Add(theme.Path);
            events.Add(Validation(now, context, "theme", theme.Key, null, theme.VersionTag, errorsByFile[theme.Path]));
        }

        foreach (var widget in content.Widgets)
        {
            bound.Add(widget.Path);
            events.Add(Validation(now, context, "widget", widget.WidgetId, null, null, errorsByFile[widget.Path]));
        }

        // Files that could not be read as a document still count, as failed payloads named by file.
        foreach (var file in content.Files.Where(f => !bound.Contains(f) && errorsByFile[f].Any()))
        {
            var kind = ContentPaths.KindOf(file) switch
            {
                ContentKind.Template => "template",
                ContentKind.Theme => "theme",
                ContentKind.Widget => "widget",
                ContentKind.Settings => "settings",
                _ => "file",
            };
            events.Add(Validation(now, context, kind, ContentPaths.Stem(file), null, null, errorsByFile[file]));
        }

        return new ValidationOutcome(events);
    }

    /// <summary>The event for one finished change of apply.</summary>
    public static AuditEvent ForApply(AppliedChange outcome, AuditContext context)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(context);
        var (name, status) = outcome.Status switch
        {
            ApplyStatus.Applied => (AuditEventNames.VersionApplied, "applied"),
            ApplyStatus.AlreadyApplied => (AuditEventNames.VersionAlreadyPresent, "alreadyApplied"),
            ApplyStatus.Failed => (AuditEventNames.ApplyFailed, "failed"),
            _ => (AuditEventNames.ApplyNotAttempted, "notAttempted"),
        };
        var change = outcome.Change;
        IReadOnlyList<string> errors = outcome.Succeeded || outcome.Message is null ? [] : [outcome.Message];
        return new AuditEvent(context.Time.GetUtcNow(), name, ChangeNames.Of(change.Kind), change.Id, change.Locale, change.ToVersion,
            status, errors, context.Actor, context.Commit, context.Command);
    }

    private static AuditEvent Validation(DateTimeOffset now, AuditContext context, string kind, string id, string? locale, string? version, IEnumerable<Diagnostic> errors)
    {
        var messages = errors.Select(d => $"{d.File}:{d.Line}:{d.Column}: {d.Code}: {d.Message}").ToList();
        return new AuditEvent(now, messages.Count == 0 ? AuditEventNames.ValidationPassed : AuditEventNames.ValidationFailed,
            kind, id, locale, version, messages.Count == 0 ? "passed" : "failed", messages, context.Actor, context.Commit, context.Command);
    }
}
