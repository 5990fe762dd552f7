namespace Reconciler.Preview.Browser;

/// <summary>What the browser saw on the preview page.</summary>
/// <param name="ScreenshotPath">The PNG written, or null when none was asked for.</param>
/// <param name="ContrastViolations">axe-core's color-contrast violations (empty when it passes).</param>
/// <param name="ContrastNeedsReview">
/// Elements axe could not judge for sure. axe puts text whose colour equals its background (1:1)
/// here rather than among violations, since such text may be hidden on purpose; in a chat widget it
/// never is, so these are shown as failures too.
/// </param>
/// <param name="ContrastPasses">How many elements axe checked and passed for contrast.</param>
public sealed record BrowserCheck(
    string? ScreenshotPath,
    IReadOnlyList<AxeContrastFinding> ContrastViolations,
    IReadOnlyList<AxeContrastFinding> ContrastNeedsReview,
    int ContrastPasses)
{
    /// <summary>True when axe found no contrast problem of either kind.</summary>
    public bool ContrastClean => ContrastViolations.Count == 0 && ContrastNeedsReview.Count == 0;
}
