namespace Reconciler.Preview.Browser;

/// <summary>axe-core's <c>color-contrast</c> rule on one page.</summary>
/// <param name="Violations">Elements that fail.</param>
/// <param name="NeedsReview">Elements axe could not judge (it puts 1:1 text here).</param>
/// <param name="Passes">How many elements passed.</param>
public sealed record ContrastRuleResult(IReadOnlyList<AxeContrastFinding> Violations, IReadOnlyList<AxeContrastFinding> NeedsReview, int Passes);
