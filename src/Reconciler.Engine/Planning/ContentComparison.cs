namespace Reconciler.Engine.Planning;

/// <summary>The live and desired content of one item, each rendered as stable, line-oriented text.</summary>
/// <param name="Live">What CXone holds now, or null when nothing exists.</param>
/// <param name="Desired">What the repository declares.</param>
public sealed record ContentComparison(string? Live, string Desired);
