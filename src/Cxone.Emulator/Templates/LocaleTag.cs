using System.Text.RegularExpressions;

namespace Cxone.Emulator.Templates;

/// <summary>
/// Well-formed BCP 47 language tags of the shape templates use: a 2–3 letter language, an optional
/// 4-letter script, an optional region (2 letters or 3 digits) and optional variants. Matching is
/// case-insensitive, as RFC 5646 says; <c>en_US</c> (underscore) and <c>english</c> are rejected.
/// </summary>
internal static partial class LocaleTag
{
    public static bool IsWellFormed(string? tag) => tag is { Length: > 0 and <= 64 } && Pattern().IsMatch(tag);

    [GeneratedRegex(@"^[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|[0-9]{3}))?(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
