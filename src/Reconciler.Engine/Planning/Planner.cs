using Reconciler.Core.Content;
using Reconciler.Core.Diagnostics;
using Reconciler.Engine.Live;

namespace Reconciler.Engine.Planning;

/// <summary>Diffs the desired state against live state into an immutable <see cref="Plan"/>.</summary>
public static class Planner
{
    /// <summary>Builds the plan. Pure: reads its inputs, calls nothing.</summary>
    public static Plan Create(ContentSet content, IReadOnlyList<Diagnostic> diagnostics, LiveState live, PlanContext context)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(live);
        ArgumentNullException.ThrowIfNull(context);
        var payloads = new PayloadFactory(context);
        var changes = new List<PlannedChange>();
        changes.AddRange(TemplatePlanner.Plan(content, live, payloads));
        var (themeChanges, resolved) = ThemePlanner.Plan(content, live, payloads);
        changes.AddRange(themeChanges);
        changes.AddRange(AssignmentPlanner.Plan(content, live, resolved));

        return new Plan
        {
            Changes = changes
                .OrderBy(c => c.Order)
                .ThenBy(c => c.Address, StringComparer.Ordinal)
                .ToList(),
            Diagnostics = diagnostics,
            Source = context.Source,
            Target = context.Target,
            ChangedPaths = context.ChangedPaths,
            LiveStateRequests = live.Requests,
            ApplyConcurrency = content.Settings.ApplyConcurrency,
        };
    }
}
