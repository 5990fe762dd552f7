namespace Reconciler.Preview.Browser;

/// <summary>One element axe-core's <c>color-contrast</c> rule flagged.</summary>
/// <param name="Target">The element's CSS selector.</param>
/// <param name="Html">The element's markup as axe reports it.</param>
/// <param name="Message">axe's explanation, with the measured ratio and the colours.</param>
public sealed record AxeContrastFinding(string Target, string Html, string Message);
