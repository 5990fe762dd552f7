namespace Reconciler.GitHub.Markdown;

/// <summary>Fenced code blocks that user text cannot close early.</summary>
internal static class CodeFence
{
    /// <summary>
    /// Wraps <paramref name="content"/> in a backtick fence longer than any backtick run inside it
    /// (CommonMark closes a fence only with a run at least as long as the opener), so triple
    /// backticks in a template stay text. Report markers inside are neutralized and bidi
    /// controls shown.
    /// </summary>
    public static string Wrap(string content, string language)
    {
        var fence = new string('`', Math.Max(3, LongestBacktickRun(content) + 1));
        var body = MarkdownEscaper.NeutralizeMarkers(MarkdownEscaper.ShowBidiControls(content.Replace("\r\n", "\n", StringComparison.Ordinal)));
        var newline = body.EndsWith('\n') ? "" : "\n";
        return $"{fence}{language}\n{body}{newline}{fence}";
    }

    internal static int LongestBacktickRun(string text)
    {
        int longest = 0, current = 0;
        foreach (var c in text)
        {
            current = c == '`' ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }

        return longest;
    }
}
