using System.Globalization;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Validation;

namespace Reconciler.Core.Widgets;

/// <summary>
/// A widget's id and assignments: weights in [0, 1] summing to exactly 1.0 (decimal arithmetic,
/// so 0.1 + 0.2 + 0.7 is 1.0; tolerance 1e-9), themes that exist as files, well-formed segments
/// and regions (<see cref="WidgetPatterns"/>), no repeated assignment.
/// </summary>
internal static class WidgetRules
{
    private const decimal Tolerance = 0.000000001m;

    public static void Check(WidgetDocument widget, IReadOnlySet<string> themeKeys, DiagnosticBag bag)
    {
        if (!WidgetPatterns.IsWidgetId(widget.WidgetId))
        {
            bag.Error(widget.Path, widget.WidgetIdPosition, DiagnosticCodes.InvalidWidgetId,
                $"widgetId '{widget.WidgetId}' is malformed; write 'w-' and 1 to 32 lowercase letters or digits, e.g. w-123456.");
        }

        if (widget.Assignments.Count == 0)
        {
            bag.Error(widget.Path, widget.Node.KeyPositionOf("assignments"), DiagnosticCodes.NoAssignments,
                "assignments is empty; assign at least one theme with trafficWeight 1.");
            return;
        }

        var seen = new HashSet<(string, string?, string?)>();
        var allInRange = true;
        foreach (var assignment in widget.Assignments)
        {
            allInRange &= CheckAssignment(widget, assignment, themeKeys, bag);
            if (!seen.Add((assignment.Theme, assignment.SegmentId, assignment.GeoRegion)))
            {
                bag.Error(widget.Path, assignment.Node.Start, DiagnosticCodes.DuplicateAssignment,
                    $"Theme '{assignment.Theme}' is assigned twice to the same segment and region; merge the two and add their weights.");
            }
        }

        var sum = widget.Assignments.Sum(a => a.TrafficWeight);
        if (allInRange && Math.Abs(sum - 1m) > Tolerance)
        {
            bag.Error(widget.Path, widget.Node.KeyPositionOf("assignments"), DiagnosticCodes.WeightSum,
                $"The traffic weights sum to {sum.ToString(CultureInfo.InvariantCulture)}, not 1.0; adjust them so they add up to exactly 1 (e.g. 0.7 and 0.3).");
        }
    }

    /// <summary>Checks one assignment; returns false when its weight is out of range.</summary>
    private static bool CheckAssignment(WidgetDocument widget, WidgetAssignment assignment, IReadOnlySet<string> themeKeys, DiagnosticBag bag)
    {
        var node = assignment.Node;
        if (!themeKeys.Contains(assignment.Theme))
        {
            var known = themeKeys.Count == 0 ? "there are no theme files yet" : "known themes: " + string.Join(", ", themeKeys.Order(StringComparer.Ordinal));
            bag.Error(widget.Path, node.PositionOf("theme"), DiagnosticCodes.UnknownTheme,
                $"Theme '{assignment.Theme}' has no file themes/{assignment.Theme}.yaml; {known}. Name a theme by its file name without .yaml.");
        }

        if (assignment.SegmentId is { } segment && !WidgetPatterns.IsSegmentId(segment))
        {
            bag.Error(widget.Path, node.PositionOf("segmentId"), DiagnosticCodes.InvalidSegment,
                $"segmentId '{segment}' is malformed; write 'seg-' and lowercase words joined by hyphens, e.g. seg-premium.");
        }

        if (assignment.GeoRegion is { } region && !WidgetPatterns.IsGeoRegion(region))
        {
            bag.Error(widget.Path, node.PositionOf("geoRegion"), DiagnosticCodes.InvalidGeoRegion,
                $"geoRegion '{region}' is malformed; write uppercase parts joined by hyphens, e.g. US-EAST or EU-WEST.");
        }

        if (assignment.TrafficWeight is < 0m or > 1m)
        {
            var written = node.String("trafficWeight");
            bag.Error(widget.Path, node.PositionOf("trafficWeight"), DiagnosticCodes.WeightRange,
                $"trafficWeight {written} is outside 0 to 1; write the share of traffic as a fraction, e.g. 0.3 for 30%.");
            return false;
        }

        return true;
    }
}
