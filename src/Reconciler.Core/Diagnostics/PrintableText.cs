namespace Reconciler.Core.Diagnostics;

/// <summary>
/// Writes the characters that could change how text is displayed — control characters (line
/// breaks, ESC), bidi overrides and isolates, line and paragraph separators — as visible escapes
/// such as <c>\n</c> or <c>\u202E</c>. Messages quote content and file names from the repository,
/// which a pull request's author controls; escaped, a quoted value cannot start a new line (a
/// GitHub workflow command), colour or move a terminal's cursor, or reverse the text around it.
/// </summary>
public static class PrintableText
{
    /// <summary><paramref name="text"/> as one printable line; the same string when nothing needs escaping.</summary>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Any(NeedsEscape) ? string.Concat(text.Select(Escape)) : text;
    }

    private static string Escape(char c) => c switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ when NeedsEscape(c) => $"\\u{(int)c:X4}",
        _ => c.ToString(),
    };

    private static bool NeedsEscape(char c) =>
        char.IsControl(c)
        || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
