using Reconciler.Core.Content;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Validation;

namespace Reconciler.Preview.Loading;

/// <summary>
/// Loads one theme file with the same reader, schema and rules as a whole repository, and reports
/// its diagnostics against the path the user gave.
/// </summary>
public static class ThemeFileLoader
{
    /// <summary>True for the codes of the WCAG contrast rules (drawn anyway, shown beside axe's findings).</summary>
    public static bool IsContrastCode(string code) => code is DiagnosticCodes.BodyContrast or DiagnosticCodes.ButtonContrast;

    /// <summary>Loads and validates <paramref name="fullPath"/>; <paramref name="displayPath"/> is how diagnostics name it.</summary>
    public static ThemeLoadResult Load(string fullPath, string displayPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(fullPath);
        ArgumentException.ThrowIfNullOrEmpty(displayPath);
        var extension = Path.GetExtension(fullPath);
        if (!File.Exists(fullPath))
        {
            return Failure(displayPath, DiagnosticCodes.UnreadableFile, $"The theme file '{displayPath}' does not exist; pass the path of a themes/*.yaml file.");
        }

        if (extension is not (".yaml" or ".yml"))
        {
            return Failure(displayPath, DiagnosticCodes.UnreadableFile, $"'{displayPath}' is not a .yaml or .yml theme file; pass the path of a themes/*.yaml file.");
        }

        var contentPath = "themes/" + Path.GetFileName(fullPath);
        var content = ContentLoader.Load(new SingleThemeSource(fullPath, contentPath));
        var diagnostics = ContentValidator.Validate(content)
            .Select(d => d.File == contentPath ? d with { File = displayPath } : d)
            .ToList();
        return new ThemeLoadResult(content.Themes.Count == 1 ? content.Themes[0] : null, diagnostics);
    }

    private static ThemeLoadResult Failure(string displayPath, string code, string message) =>
        new(null, [new Diagnostic(displayPath, 1, 1, Severity.Error, code, message)]);
}
