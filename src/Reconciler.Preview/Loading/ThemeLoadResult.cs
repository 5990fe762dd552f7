using Reconciler.Core.Diagnostics;
using Reconciler.Core.Themes;

namespace Reconciler.Preview.Loading;

/// <summary>A theme file loaded for preview.</summary>
/// <param name="Theme">The bound theme, or null when it cannot be drawn.</param>
/// <param name="Diagnostics">Every finding, with <see cref="Diagnostic.File"/> as the user named the file.</param>
public sealed record ThemeLoadResult(ThemeDocument? Theme, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// Errors that stop the preview: anything but contrast. A theme whose only errors are contrast
    /// errors is still drawn — seeing the problem is what the preview is for.
    /// </summary>
    public IReadOnlyList<Diagnostic> BlockingErrors =>
        Diagnostics.Where(d => d.IsError && !ThemeFileLoader.IsContrastCode(d.Code)).ToList();

    /// <summary>True when the preview can be drawn.</summary>
    public bool CanPreview => Theme is not null && BlockingErrors.Count == 0;
}
