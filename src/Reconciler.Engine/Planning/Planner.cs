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

        // Themes and assignments depend on nothing the templates decide, and planning them runs
        // mostly on one core: alongside the templates' parallel loop it fills the gaps that
        // loop leaves instead of adding its own time after it.
        var webMessaging = Task.Run(() =>
        {
            var (themeChanges, resolved) = ThemePlanner.Plan(content, live, payloads);
            themeChanges.AddRange(AssignmentPlanner.Plan(content, live, resolved));
            return themeChanges;
        });
        var changes = new List<PlannedChange>();
        changes.AddRange(TemplatePlanner.Plan(content, live, payloads));
        changes.AddRange(webMessaging.GetAwaiter().GetResult());

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
