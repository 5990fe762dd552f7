using System.Text.RegularExpressions;

namespace Cxone.Emulator.Http;

/// <summary>Ids that travel in URL paths (template, theme, widget ids) must be safe there.</summary>
internal static partial class Identifiers
{
    public const int MaxLength = 128;

    public const string Rule = "1–128 characters from letters, digits, '-', '_', '.' and ':'";

    public static bool IsValid(string? id) => id is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9_.:-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
