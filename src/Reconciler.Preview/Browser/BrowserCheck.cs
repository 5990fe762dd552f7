namespace Reconciler.Preview.Browser;

/// <summary>What the browser saw on the preview page.</summary>
/// <param name="ScreenshotPath">The PNG written, or null when none was asked for.</param>
/// <param name="ContrastViolations">axe-core's color-contrast violations (empty when it passes).</param>
/// <param name="ContrastPasses">How many elements axe checked and passed for contrast.</param>
public sealed record BrowserCheck(string? ScreenshotPath, IReadOnlyList<AxeContrastFinding> ContrastViolations, int ContrastPasses);
