using System.Text.RegularExpressions;

namespace Reconciler.Core.Templates;

/// <summary>
/// Well-formedness of BCP 47 language tags (RFC 5646 §2.1 syntax: language, extlang, script,
/// region, variants, extensions, private use, and the irregular grandfathered tags). One rule
/// goes beyond pure syntax: the primary language must be a 2–3 letter ISO 639 code, because
/// 4-letter and 5–8-letter language subtags are reserved and none is registered, so a tag such
/// as <c>english</c> is a mistake, not a language.
/// </summary>
public static partial class Bcp47
{
    private static readonly HashSet<string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
        "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE",
    };

    /// <summary>True when <paramref name="tag"/> is a well-formed tag with a 2–3 letter language.</summary>
    public static bool IsWellFormed(string? tag) =>
        tag is { Length: > 0 and <= 64 } && (Irregular.Contains(tag) || LangTag().IsMatch(tag));

    /// <summary>A likely intended spelling for a malformed tag (<c>en_us</c> → <c>en-US</c>), or null.</summary>
    public static string? Suggest(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var parts = tag.Trim().Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        var canonical = string.Join('-', parts.Select((p, i) => i == 0 ? p.ToLowerInvariant()
            : p.Length == 2 ? p.ToUpperInvariant()
            : p.Length == 4 ? char.ToUpperInvariant(p[0]) + p[1..].ToLowerInvariant()
            : p.ToLowerInvariant()));
        return IsWellFormed(canonical) && canonical != tag ? canonical : null;
    }

    [GeneratedRegex(
        """
        ^(?:
          [a-z]{2,3}(?:-[a-z]{3}){0,3}          # language, extlang
          (?:-[a-z]{4})?                        # script
          (?:-(?:[a-z]{2}|[0-9]{3}))?           # region
          (?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*   # variants
          (?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*   # extensions
          (?:-x(?:-[a-z0-9]{1,8})+)?            # private use
        | x(?:-[a-z0-9]{1,8})+                  # private use only
        )$
        """,
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex LangTag();
}
