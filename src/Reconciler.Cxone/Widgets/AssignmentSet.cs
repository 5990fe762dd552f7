namespace Reconciler.Cxone.Widgets;

/// <summary>A widget's complete set of theme assignments.</summary>
/// <param name="WidgetId">Widget id.</param>
/// <param name="Strategy">Always <c>weighted_random</c> today.</param>
/// <param name="Assignments">The assignments.</param>
public sealed record AssignmentSet(string WidgetId, string Strategy, IReadOnlyList<ThemeAssignment> Assignments)
{
    /// <summary>The only strategy CXone supports.</summary>
    public const string WeightedRandom = "weighted_random";
}
