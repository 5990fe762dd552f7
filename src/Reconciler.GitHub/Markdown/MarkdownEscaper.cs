using System.Text;

namespace Reconciler.GitHub.Markdown;

/// <summary>
/// The one escaper for user-written text (template content, ids, labels, diagnostic messages,
/// file names) placed in Markdown outside code fences. A template author must not be able to
/// inject Markdown, HTML, mentions, links, math or a second report marker into the comment.
/// </summary>
internal static class MarkdownEscaper
{
    /// <summary>
    /// Escapes text for a table cell, a <c>&lt;summary&gt;</c> or a paragraph. Every character
    /// Markdown or HTML gives meaning to becomes a numeric entity (GitHub renders those literally),
    /// mentions get a zero-width space so nobody is notified, and newlines become <c>&lt;br&gt;</c>
    /// so a table row stays one line.
    /// </summary>
    public static string Inline(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '|': builder.Append("&#124;"); break;
                case '`': builder.Append("&#96;"); break;
                case '[': builder.Append("&#91;"); break; // with ] escaped, no ( or ! can form a link or image
                case ']': builder.Append("&#93;"); break;
                case '*': builder.Append("&#42;"); break;
                case '_': builder.Append("&#95;"); break;
                case '~': builder.Append("&#126;"); break;
                case '#': builder.Append("&#35;"); break;
                case '\\': builder.Append("&#92;"); break;
                case '$': builder.Append("&#36;"); break; // GitHub renders $…$ as math
                case '@': builder.Append("@&#8203;"); break; // @everyone, @org/team: no notification
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    builder.Append("<br>");
                    break;
                case '\n': builder.Append("<br>"); break;
                case '\t': builder.Append(' '); break;
                default:
                    if (char.IsControl(c) || IsBidiControl(c))
                    {
                        // Invisible controls and bidi overrides could disguise text ("Trojan Source"): show them.
                        builder.Append(CultureInvariant($"U+{(int)c:X4}"));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Escapes like <see cref="Inline"/> after cutting the raw text to <paramref name="maxChars"/> (never mid-entity).</summary>
    public static string Inline(string? text, int maxChars)
    {
        if (text is not null && text.Length > maxChars)
        {
            var cut = maxChars;
            if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
            {
                cut--;
            }

            return Inline(text[..cut]) + "…";
        }

        return Inline(text);
    }

    /// <summary>
    /// Inserts a zero-width space into every copy of a report marker inside verbatim text (code
    /// fences), so a template that contains the marker cannot make a second report comment appear
    /// to be ours. The text still reads the same.
    /// </summary>
    public static string NeutralizeMarkers(string text)
    {
        if (text.IndexOf(ReportMarkers.Prefix, StringComparison.OrdinalIgnoreCase) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        var start = 0;
        int found;
        while ((found = text.IndexOf(ReportMarkers.Prefix, start, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            // Split "cxone-reconciler:" after its first character.
            builder.Append(text, start, found - start + 1).Append('\u200B');
            start = found + 1;
        }

        return builder.Append(text, start, text.Length - start).ToString();
    }

    /// <summary>
    /// Shows bidi controls in verbatim text (code fences) as <c>U+XXXX</c>: a fence renders
    /// everything else as typed, but an override would still reorder what the reviewer reads.
    /// </summary>
    public static string ShowBidiControls(string text)
    {
        if (!text.Any(IsBidiControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(IsBidiControl(c) ? CultureInvariant($"U+{(int)c:X4}") : c.ToString());
        }

        return builder.ToString();
    }

    private static bool IsBidiControl(char c) =>
        c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
