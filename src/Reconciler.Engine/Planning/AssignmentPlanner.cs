using System.Globalization;
using Reconciler.Core.Content;
using Reconciler.Cxone.Widgets;
using Reconciler.Engine.Apply.Operations;
using Reconciler.Engine.Live;

namespace Reconciler.Engine.Planning;

/// <summary>Diffs each widget's A/B assignment set against the live one.</summary>
internal static class AssignmentPlanner
{
    private const double WeightTolerance = 1e-9;

    public static IEnumerable<PlannedChange> Plan(ContentSet content, LiveState live, IReadOnlyDictionary<string, ResolvedTheme> themes)
    {
        var names = live.AllThemes.GroupBy(t => t.Id).ToDictionary(g => g.Key, g => $"{ThemeOwnership.KeyOf(g.First()) ?? g.First().Name} {g.First().VersionTag}", StringComparer.Ordinal);
        foreach (var widget in content.Widgets)
        {
            var current = live.Assignments.GetValueOrDefault(widget.WidgetId) ?? [];
            var change = new PlannedChange
            {
                Kind = ChangeKind.Assignment,
                Id = widget.WidgetId,
                Action = ChangeAction.NoOp,
                Order = PlanWaves.Assignments,
                SourcePath = widget.Path,
                SourceLine = widget.WidgetIdPosition.Line,
            };

            if (live.MissingWidgets.Contains(widget.WidgetId))
            {
                yield return change with
                {
                    Action = ChangeAction.Conflict,
                    Reason = $"CXone has no widget {widget.WidgetId}. Create it in the CXone admin console, or correct widgetId.",
                };
                continue;
            }

            var unavailable = widget.Assignments.Where(a => themes.GetValueOrDefault(a.Theme)?.ThemeId is null).Select(a => a.Theme).Distinct().ToList();
            if (unavailable.Count > 0)
            {
                yield return change with
                {
                    Action = ChangeAction.Conflict,
                    Reason = $"Theme {string.Join(", ", unavailable)} will not be available in CXone at the declared versionTag (see the theme's own line in this plan); fix that first.",
                };
                continue;
            }

            var desired = widget.Assignments
                .Select(a => new ThemeAssignment(themes[a.Theme].ThemeId!, a.SegmentId, a.GeoRegion, (double)a.TrafficWeight))
                .ToList();
            var describe = (ThemeAssignment a) => Describe(a, names.GetValueOrDefault(a.ThemeId) ?? Label(a, themes));
            var comparison = new ContentComparison(
                current.Count == 0 ? null : string.Concat(current.Select(describe)),
                string.Concat(desired.Select(describe)));
            if (SameSet(desired, current))
            {
                yield return change with { Comparison = comparison };
                continue;
            }

            yield return change with
            {
                Action = current.Count == 0 ? ChangeAction.Create : ChangeAction.Update,
                Comparison = comparison,
                Operation = new PutAssignments(widget.WidgetId, desired, widget.Assignments.Select(a => a.Theme).Distinct().ToList()),
            };
        }

        var declared = content.Widgets.Select(w => w.WidgetId).ToHashSet(StringComparer.Ordinal);
        foreach (var (widgetId, current) in live.Assignments.Where(p => !declared.Contains(p.Key) && p.Value.Count > 0).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            yield return new PlannedChange
            {
                Kind = ChangeKind.Assignment,
                Id = widgetId,
                Action = ChangeAction.Drift,
                Order = PlanWaves.Assignments,
                Reason = $"Widget {widgetId} has {current.Count} theme assignment(s) in CXone but no file in widgets/. Add widgets/{widgetId}.yaml (reconciler export writes it) or leave it: the reconciler never deletes.",
                Comparison = new ContentComparison(string.Concat(current.Select(a => Describe(a, names.GetValueOrDefault(a.ThemeId) ?? a.ThemeId))), string.Empty),
            };
        }
    }

    private static string Label(ThemeAssignment assignment, IReadOnlyDictionary<string, ResolvedTheme> themes)
    {
        var theme = themes.Values.First(t => t.ThemeId == assignment.ThemeId);
        return $"{theme.Key} {theme.VersionTag}";
    }

    private static string Describe(ThemeAssignment a, string theme) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{theme} | segment {a.SegmentId ?? "-"} | region {a.GeoRegion ?? "-"} | weight {a.TrafficWeight:0.####}\n");

    private static bool SameSet(IReadOnlyList<ThemeAssignment> desired, IReadOnlyList<ThemeAssignment> current)
    {
        if (desired.Count != current.Count)
        {
            return false;
        }

        var remaining = current.ToList();
        foreach (var want in desired)
        {
            var match = remaining.FindIndex(have =>
                have.ThemeId == want.ThemeId && have.SegmentId == want.SegmentId && have.GeoRegion == want.GeoRegion
                && Math.Abs(have.TrafficWeight - want.TrafficWeight) < WeightTolerance);
            if (match < 0)
            {
                return false;
            }

            remaining.RemoveAt(match);
        }

        return true;
    }
}
