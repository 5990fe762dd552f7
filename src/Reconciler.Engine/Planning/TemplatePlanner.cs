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
        var matched = new TemplateVersion?[count];
        Parallel.For(0, count, i => changes[i] = PlanLocale(templates[i], locales[i], live, payloads, out matched[i]));

        // A live version is declared when some variant found it under its own (template, locale).
        var declared = new HashSet<TemplateVersion>(count, ReferenceEqualityComparer.Instance);
        foreach (var version in matched)
        {
            if (version is not null)
            {
                declared.Add(version);
            }
        }

        return changes.Concat(Drifts(live, declared));
    }

    private static PlannedChange PlanLocale(TemplateDocument template, TemplateLocale locale, LiveState live, PayloadFactory payloads, out TemplateVersion? current)
    {
        var payload = PayloadFactory.Template(template, locale);
        live.Templates.TryGetValue((template.TemplateId, locale.Tag), out current);
        var (action, reason) = Diff(payload, current, template.ParsedVersion);

        // One change per variant, built once: a large repository has tens of thousands. The
        // before/after text and the traced payload (whose content hash is costly) only serve
        // what changes; for the unchanged majority they were megabytes kept for nothing.
        var sends = action is ChangeAction.Create or ChangeAction.Update;
        return new PlannedChange
        {
            Kind = ChangeKind.Template,
            Id = payload.TemplateId,
            Locale = payload.Locale,
            Action = action,
            FromVersion = current?.Version,
            ToVersion = payload.Version,
            Order = PlanWaves.TemplatesAndThemes,
            Reason = reason,
            SourcePath = template.Path,
            SourceLine = template.VersionPosition.Line,
            Comparison = action == ChangeAction.NoOp
                ? null
                : new ContentComparison(current is null ? null : ContentText.Of(current), ContentText.Of(payload)),
            Operation = sends ? new CreateTemplateVersion(payloads.Traced(payload, template, locale)) : null,
        };
    }

    private static IEnumerable<PlannedChange> Drifts(LiveState live, HashSet<TemplateVersion> declared)
    {
        foreach (var ((templateId, locale), version) in live.Templates)
        {
            if (!declared.Contains(version))
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

    private static Verdict Diff(TemplatePayload desired, TemplateVersion? current, VersionNumber? desiredVersion)
    {
        if (current is null)
        {
            return new(ChangeAction.Create, null);
        }

        // The same text is the same version, so the no-op majority of a large plan parses nothing.
        VersionNumber? liveVersion = desiredVersion is not null && string.Equals(current.Version, desired.Version, StringComparison.Ordinal)
            ? desiredVersion
            : null;
        if (liveVersion is null && (desiredVersion is null || !VersionNumber.TryParse(current.Version, out liveVersion)))
        {
            // An unparsable live version cannot be ordered; only an exact match is safe to call unchanged.
            return current.Version == desired.Version && TemplateContent.Matches(desired, current)
                ? new Verdict(ChangeAction.NoOp, null)
                : new Verdict(ChangeAction.Conflict, $"CXone holds version '{current.Version}', which cannot be compared with '{desired.Version}'; choose a version that sorts after it.");
        }

        var compared = desiredVersion!.CompareTo(liveVersion);
        if (compared > 0)
        {
            return new(ChangeAction.Update, null);
        }

        var sameContent = TemplateContent.Matches(desired, current);
        if (compared == 0)
        {
            return sameContent
                ? new Verdict(ChangeAction.NoOp, null)
                : new Verdict(ChangeAction.Conflict, $"The content changed but the version did not: {current.Version} is already applied with other content and versions are immutable. Bump version to {liveVersion!.Next()}.");
        }

        return new(
            ChangeAction.Drift,
            $"CXone is ahead: it has {current.Version}, the repository declares {desired.Version}" +
            (sameContent ? " with the same content. " : " with other content. ") +
            $"Bring the repository up to date, or bump version past it to {liveVersion!.Next()}.");
    }

    /// <summary>What to do with one variant, and why when it is not plain. (A type of its own: a value tuple here would be compiled at run time.)</summary>
    private readonly record struct Verdict(ChangeAction Action, string? Reason);
}
