namespace Reconciler.Cli.Tests.Reliability;

/// <summary>One generated widget and its assignments.</summary>
internal sealed record GeneratedWidget(string WidgetId, IReadOnlyList<GeneratedAssignment> Assignments);
