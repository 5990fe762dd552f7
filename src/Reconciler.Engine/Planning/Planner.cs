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
            Changes = SortByOrderThenAddress(changes),
            Diagnostics = diagnostics,
            Source = context.Source,
            Target = context.Target,
            ChangedPaths = context.ChangedPaths,
            LiveStateRequests = live.Requests,
            ApplyConcurrency = content.Settings.ApplyConcurrency,
        };
    }

    /// <summary>
    /// Stable: changes with the same order and address keep their input order, so duplicates come
    /// out the same on every run. Each address is built once, and positions rather than changes
    /// are sorted, with one plain comparison: the sort is the plan's last step, on one core.
    /// </summary>
    private static List<PlannedChange> SortByOrderThenAddress(List<PlannedChange> changes)
    {
        var orders = new int[changes.Count];
        var addresses = new string[changes.Count];
        var positions = new int[changes.Count];
        for (var i = 0; i < changes.Count; i++)
        {
            orders[i] = changes[i].Order;
            addresses[i] = changes[i].Address;
            positions[i] = i;
        }

        Array.Sort(positions, (x, y) =>
        {
            var byOrder = orders[x].CompareTo(orders[y]);
            if (byOrder != 0)
            {
                return byOrder;
            }

            var byAddress = string.CompareOrdinal(addresses[x], addresses[y]);
            return byAddress != 0 ? byAddress : x.CompareTo(y);
        });

        var sorted = new List<PlannedChange>(changes.Count);
        foreach (var position in positions)
        {
            sorted.Add(changes[position]);
        }

        return sorted;
    }
}
