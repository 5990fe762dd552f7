namespace Reconciler.Cxone.Widgets;

/// <summary>Body of the assignments PUT.</summary>
internal sealed record AssignmentsRequest(string WidgetId, IReadOnlyList<ThemeAssignment> Assignments, string Strategy);
