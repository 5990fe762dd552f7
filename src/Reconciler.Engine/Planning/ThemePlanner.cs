using Reconciler.Core.Content;
using Reconciler.Core.Themes;
using Reconciler.Core.Versions;
using Reconciler.Cxone.Themes;
using Reconciler.Engine.Apply.Operations;
using Reconciler.Engine.Live;

namespace Reconciler.Engine.Planning;

/// <summary>
/// Plans each repository theme: published once, to the first widget (by id) that uses it, then
/// spread to the other widgets with one batch sync.
/// </summary>
internal static class ThemePlanner
{
    public static (List<PlannedChange> Changes, Dictionary<string, ResolvedTheme> Resolved) Plan(ContentSet content, LiveState live, PayloadFactory payloads)
    {
        var changes = new List<PlannedChange>();
        var resolved = new Dictionary<string, ResolvedTheme>(StringComparer.Ordinal);
        var ownership = new ThemeOwnership(live.AllThemes);
        var users = WidgetsByTheme(content);

        foreach (var theme in content.Themes)
        {
            var widgets = users.GetValueOrDefault(theme.Key) ?? [];
            var (change, themeId) = PlanTheme(theme, widgets, ownership.VersionsOf(theme), payloads);
            resolved[theme.Key] = new ResolvedTheme(theme.Key, theme.VersionTag, themeId);
            if (change is not null)
            {
                changes.Add(change);
            }

            if (themeId is not null && change?.Action is not (ChangeAction.Conflict or ChangeAction.Drift))
            {
                var publishedTo = (change?.Operation as PublishTheme)?.WidgetId;
                var missing = widgets
                    .Where(w => w != publishedTo && !live.MissingWidgets.Contains(w))
                    .Where(w => !live.WidgetThemes.TryGetValue(w, out var listed) || listed.All(t => t.Id != themeId))
                    .ToList();
                if (missing.Count > 0 || widgets.Count > 1)
                {
                    changes.Add(Sync(theme, themeId, missing));
                }
            }
        }

        changes.AddRange(Undeclared(ownership.Undeclared(content.Themes)));
        return (changes, resolved);
    }

    /// <summary>For each theme key, the widgets that assign it, once each, in ordinal order.</summary>
    private static Dictionary<string, List<string>> WidgetsByTheme(ContentSet content)
    {
        var users = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var widget in content.Widgets)
        {
            foreach (var assignment in widget.Assignments)
            {
                if (!users.TryGetValue(assignment.Theme, out var widgets))
                {
                    widgets = new SortedSet<string>(StringComparer.Ordinal);
                    users[assignment.Theme] = widgets;
                }

                widgets.Add(widget.WidgetId);
            }
        }

        var lists = new Dictionary<string, List<string>>(users.Count, StringComparer.Ordinal);
        foreach (var (theme, widgets) in users)
        {
            lists[theme] = [.. widgets];
        }

        return lists;
    }

    private static (PlannedChange? Change, string? ThemeId) PlanTheme(ThemeDocument theme, IReadOnlyList<string> widgets, IReadOnlyList<WidgetTheme> versions, PayloadFactory payloads)
    {
        // A publish whose activation FAILED never went live and does not hold the tag: publish the
        // same tag again under the next id (an ACTIVE or PENDING one at the tag is the live version).
        var failedAtTag = versions.Where(t => t.VersionTag == theme.VersionTag && t.State == ThemeState.Failed).Select(t => t.Id).Distinct(StringComparer.Ordinal).Count();
        var payload = PayloadFactory.Theme(theme);
        if (failedAtTag > 0)
        {
            payload = payload with { Id = ThemeIds.For(theme.Key, theme.VersionTag, failedAtTag) };
        }

        var atTag = versions.FirstOrDefault(t => t.VersionTag == theme.VersionTag && t.State != ThemeState.Failed);
        var newest = Newest(versions);
        var change = new PlannedChange
        {
            Kind = ChangeKind.Theme,
            Id = theme.Key,
            Action = ChangeAction.NoOp,
            FromVersion = newest?.VersionTag,
            ToVersion = theme.VersionTag,
            Order = PlanWaves.TemplatesAndThemes,
            SourcePath = theme.Path,
            SourceLine = theme.VersionTagPosition.Line,
            Notes = ContrastNotes.For(theme),
        };

        // As for templates, the before/after text and the content hash only serve what changes.
        ContentComparison AgainstNewest() => new(newest is null ? null : ContentText.Of(newest), ContentText.Of(payload));

        if (atTag is not null)
        {
            return ThemeContent.Matches(payload with { Id = atTag.Id }, atTag)
                ? (change, atTag.Id)
                : (change with
                {
                    Action = ChangeAction.Conflict,
                    Comparison = new ContentComparison(ContentText.Of(atTag), ContentText.Of(payload)),
                    Reason = $"versionTag {theme.VersionTag} is already published with other content and tags are immutable. Bump versionTag to {NextAfter(versions, theme)}.",
                }, null);
        }

        if (newest is not null && Parse(newest.VersionTag) is { } liveTag && theme.ParsedVersionTag is { } tag && liveTag > tag)
        {
            return (change with
            {
                Action = ChangeAction.Drift,
                Comparison = AgainstNewest(),
                Reason = $"CXone is ahead: it has {newest.VersionTag}, the repository declares {theme.VersionTag}. Bring the repository up to date, or bump versionTag to {liveTag.Next()}.",
            }, null);
        }

        if (widgets.Count == 0)
        {
            return (change with
            {
                Action = ChangeAction.NoOp,
                Reason = "No widget assigns this theme, so it is validated but not published.",
                Notes = [.. change.Notes, "not published: no widget assigns it"],
            }, null);
        }

        return (change with
        {
            Action = newest is null ? ChangeAction.Create : ChangeAction.Update,
            Operation = new PublishTheme(widgets[0], payloads.Traced(payload, theme)),
            Comparison = AgainstNewest(),
            Reason = failedAtTag > 0 ? $"versionTag {theme.VersionTag} failed to activate in CXone; publishing it again." : change.Reason,
        }, payload.Id);
    }

    private static PlannedChange Sync(ThemeDocument theme, string themeId, List<string> widgets) => new()
    {
        Kind = ChangeKind.BatchSync,
        Id = theme.Key,
        Action = widgets.Count > 0 ? ChangeAction.Create : ChangeAction.NoOp,
        ToVersion = theme.VersionTag,
        Order = PlanWaves.BatchSyncs,
        SourcePath = theme.Path,
        SourceLine = theme.VersionTagPosition.Line,
        Notes = widgets.Count > 0 ? [$"to {string.Join(", ", widgets)}"] : [],
        Operation = widgets.Count > 0 ? new SyncTheme(theme.Key, themeId, widgets) : null,
    };

    private static IEnumerable<PlannedChange> Undeclared(IEnumerable<WidgetTheme> undeclared)
    {
        var orphans = undeclared
            .GroupBy(t => ThemeOwnership.KeyOf(t) ?? t.Name, StringComparer.Ordinal);
        foreach (var group in orphans.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var newest = Newest(group.ToList())!;
            yield return new PlannedChange
            {
                Kind = ChangeKind.Theme,
                Id = group.Key,
                Action = ChangeAction.Drift,
                FromVersion = newest.VersionTag,
                Order = PlanWaves.TemplatesAndThemes,
                Reason = $"CXone has theme '{newest.Name}' {newest.VersionTag} on {string.Join(", ", group.Select(t => t.WidgetId).Distinct().Order(StringComparer.Ordinal))}, which the repository does not declare. Add it to themes/ (reconciler export writes it) or leave it: the reconciler never deletes.",
                Comparison = new ContentComparison(ContentText.Of(newest), string.Empty),
            };
        }
    }

    private static WidgetTheme? Newest(IReadOnlyList<WidgetTheme> versions) =>
        versions.OrderByDescending(t => Parse(t.VersionTag) ?? VersionNumber.Parse("0")).ThenByDescending(t => t.VersionTag, StringComparer.Ordinal).FirstOrDefault();

    private static string NextAfter(IReadOnlyList<WidgetTheme> versions, ThemeDocument theme)
    {
        var highest = versions.Select(v => Parse(v.VersionTag)).Append(theme.ParsedVersionTag).OfType<VersionNumber>().Max();
        return highest?.Next().Text ?? "a new versionTag";
    }

    private static VersionNumber? Parse(string text) => VersionNumber.TryParse(text, out var version) ? version : null;
}
