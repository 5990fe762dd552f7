using Reconciler.Cxone.Widgets;
using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Apply.Operations;

/// <summary>Replace a widget's A/B assignments; <paramref name="ThemeKeys"/> are the themes it needs ACTIVE first.</summary>
public sealed record PutAssignments(string WidgetId, IReadOnlyList<ThemeAssignment> Assignments, IReadOnlyList<string> ThemeKeys) : ApplyOperation;
