using System.Text;

namespace Reconciler.GitHub.Markdown;

/// <summary>How a report is made to fit its size limit, shared by the plan and the apply reports.</summary>
internal static class ReportFitting
{
    /// <summary>Room kept for the "…and N more" lines whose digits are not known when measuring.</summary>
    private const int Slack = 256;

    public static int Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    /// <summary>
    /// Chooses which rows to keep: the rendering with no rows is measured, then rows are taken in
    /// priority order across all tables until the next one would not fit.
    /// </summary>
    public static HashSet<ReportTable.Row> SelectRows(IEnumerable<ReportTable> tables, int maxBytes, Func<Func<ReportTable.Row, bool>, string> render)
    {
        var kept = new HashSet<ReportTable.Row>();
        var budget = maxBytes - Bytes(render(_ => false)) - Slack;
        var candidates = tables.SelectMany(t => t.ByPriority()).OrderBy(r => r.Priority);
        foreach (var row in candidates)
        {
            if (row.Bytes > budget)
            {
                break;
            }

            kept.Add(row);
            budget -= row.Bytes;
        }

        return kept;
    }

    /// <summary>Last resort when even the skeleton is too long: cut at a line end within the limit.</summary>
    public static string HardCut(string text, int maxBytes)
    {
        if (Bytes(text) <= maxBytes)
        {
            return text;
        }

        const string Ending = "\n\n_…report cut to fit the size limit._\n";
        var room = Math.Max(0, maxBytes - Bytes(Ending));
        var cut = Math.Min(text.Length, room);
        while (cut > 0 && Bytes(text.AsSpan(0, cut)) > room)
        {
            cut = cut * 9 / 10;
        }

        var lineEnd = text.LastIndexOf('\n', Math.Max(0, cut - 1));
        var kept = lineEnd > 0 ? text[..lineEnd] : "";
        // Never leave a <details> open: it would swallow whatever GitHub shows after the comment.
        var open = CountOf(kept, "<details>") - CountOf(kept, "</details>");
        var closing = string.Concat(Enumerable.Repeat("\n</details>", Math.Max(0, open)));
        return Bytes(kept + closing + Ending) <= maxBytes ? kept + closing + Ending : Ending.TrimStart();
    }

    private static int Bytes(ReadOnlySpan<char> text) => Encoding.UTF8.GetByteCount(text);

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
