using System.Globalization;
using Reconciler.Core.Content;
using Reconciler.Core.Templates;
using Reconciler.Core.Versions;
using Reconciler.Cxone.Templates;
using Reconciler.Engine.Apply.Operations;
using Reconciler.Engine.Live;

namespace Reconciler.Engine.Planning;

/// <summary>Diffs every (template, locale) of the repository against its latest live version.</summary>
internal static class TemplatePlanner
{
    public static IEnumerable<PlannedChange> Plan(ContentSet content, LiveState live, PayloadFactory payloads)
    {
        // Each variant's diff is pure and a large repository has tens of thousands: they are
        // computed on every core, each into its own slot, so the result keeps file order (the
        // planner's sort is stable, and duplicate ids must come out the same on every run)
        // without an ordered PLINQ merge. Plain lists and loops rather than LINQ over
        // (template, locale) pairs: generic code over a value tuple cannot be precompiled, and
        // compiling it was a good part of the planner's time in a fresh process.
        var templates = new List<TemplateDocument>();
        var locales = new List<TemplateLocale>();
        foreach (var template in content.Templates)
        {
            foreach (var locale in template.Locales)
            {
                templates.Add(template);
                locales.Add(locale);
            }
        }

        var count = templates.Count;
        var changes = new PlannedChange[count];
        Parallel.For(0, count, i => changes[i] = PlanLocale(templates[i], locales[i], live, payloads));
        var declared = new HashSet<string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            declared.Add(VariantKey(templates[i].TemplateId, locales[i].Tag));
        }

        return changes.Concat(Drifts(live, declared));
    }

    /// <summary>One string per (template, locale), the id's length first so that no two pairs share one whatever they hold.</summary>
    private static string VariantKey(string templateId, string locale) =>
        string.Create(CultureInfo.InvariantCulture, $"{templateId.Length}:{templateId}{locale}");

    private static PlannedChange PlanLocale(TemplateDocument template, TemplateLocale locale, LiveState live, PayloadFactory payloads)
    {
        var payload = PayloadFactory.Template(template, locale);
        live.Templates.TryGetValue((template.TemplateId, locale.Tag), out var current);
        var change = Diff(payload, current, template.ParsedVersion);
        if (change.Operation is CreateTemplateVersion)
        {
            change = change with { Operation = new CreateTemplateVersion(payloads.Traced(payload, template, locale)) };
        }

        // The before/after text only serves diffs of what changes; for the unchanged majority
        // of a large repository it was tens of megabytes kept for nothing.
        return change with
        {
            SourcePath = template.Path,
            SourceLine = template.VersionPosition.Line,
            Comparison = change.Action == ChangeAction.NoOp
                ? null
                : new ContentComparison(current is null ? null : ContentText.Of(current), ContentText.Of(payload)),
        };
    }

    private static IEnumerable<PlannedChange> Drifts(LiveState live, HashSet<string> declared)
    {
        foreach (var ((templateId, locale), version) in live.Templates)
        {
            if (!declared.Contains(VariantKey(templateId, locale)))
            {
                yield return new PlannedChange
                {
                    Kind = ChangeKind.Template,
                    Id = templateId,
                    Locale = locale,
                    Action = ChangeAction.Drift,
                    FromVersion = version.Version,
                    Order = PlanWaves.TemplatesAndThemes,
                    Reason = $"CXone has {version.Version} of this template locale but the repository does not declare it. " +
                             "Add it to the repository (reconciler export writes it) or leave it: the reconciler never deletes.",
                    Comparison = new ContentComparison(ContentText.Of(version), string.Empty),
                };
            }
        }
    }

    private static PlannedChange Diff(TemplatePayload desired, TemplateVersion? current, VersionNumber? desiredVersion)
    {
        var change = new PlannedChange
        {
            Kind = ChangeKind.Template,
            Id = desired.TemplateId,
            Locale = desired.Locale,
            Action = ChangeAction.Create,
            FromVersion = current?.Version,
            ToVersion = desired.Version,
            Order = PlanWaves.TemplatesAndThemes,
        };
        if (current is null)
        {
            return change with { Operation = new CreateTemplateVersion(desired) };
        }

        if (desiredVersion is null || !VersionNumber.TryParse(current.Version, out var liveVersion))
        {
            // An unparsable live version cannot be ordered; only an exact match is safe to call unchanged.
            return current.Version == desired.Version && TemplateContent.Matches(desired, current)
                ? change with { Action = ChangeAction.NoOp }
                : change with { Action = ChangeAction.Conflict, Reason = $"CXone holds version '{current.Version}', which cannot be compared with '{desired.Version}'; choose a version that sorts after it." };
        }

        var compared = desiredVersion.CompareTo(liveVersion);
        var sameContent = TemplateContent.Matches(desired, current);
        if (compared > 0)
        {
            return change with { Action = ChangeAction.Update, Operation = new CreateTemplateVersion(desired) };
        }

        if (compared == 0)
        {
            return sameContent
                ? change with { Action = ChangeAction.NoOp }
                : change with
                {
                    Action = ChangeAction.Conflict,
                    Reason = $"The content changed but the version did not: {current.Version} is already applied with other content and versions are immutable. Bump version to {liveVersion!.Next()}.",
                };
        }

        return change with
        {
            Action = ChangeAction.Drift,
            Reason = $"CXone is ahead: it has {current.Version}, the repository declares {desired.Version}" +
                     (sameContent ? " with the same content. " : " with other content. ") +
                     $"Bring the repository up to date, or bump version past it to {liveVersion!.Next()}.",
        };
    }
}
