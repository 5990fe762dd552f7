using System.Globalization;
using System.Text;

namespace Reconciler.GitHub.Markdown;

/// <summary>
/// A unified diff (<c>diff -u</c> shape) of two texts, line by line, for reviewers. Content is
/// small (template blocks, theme fields), so a longest-common-subsequence table over the lines
/// between the common prefix and suffix is simple and exact; past <see cref="MaxCells"/> it shows
/// the middle as replaced rather than spend quadratic memory.
/// </summary>
internal static class UnifiedDiff
{
    /// <summary>Largest LCS table (lines × lines) computed before falling back to replace-all.</summary>
    internal const long MaxCells = 4_000_000;

    private const int Context = 3;

    /// <summary>The diff from <paramref name="live"/> (null: nothing exists) to <paramref name="desired"/>; empty when equal.</summary>
    public static string Create(string? live, string desired)
    {
        var a = SplitLines(live);
        var b = SplitLines(desired);
        var edits = Edits(a, b);
        if (edits.All(e => e.Op == ' '))
        {
            return "";
        }

        var text = new StringBuilder();
        text.Append(live is null ? "--- /dev/null (not in CXone)\n" : "--- live (CXone)\n");
        text.Append("+++ desired (repository)\n");
        foreach (var (start, end) in Hunks(edits))
        {
            AppendHunk(text, edits, start, end);
        }

        return text.ToString();
    }

    private static string[] SplitLines(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return lines[^1].Length == 0 ? lines[..^1] : lines;
    }

    private static List<Edit> Edits(string[] a, string[] b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var edits = new List<Edit>(a.Length + b.Length);
        for (var i = 0; i < prefix; i++)
        {
            edits.Add(new Edit(' ', a[i]));
        }

        Middle(a, b, prefix, a.Length - suffix, prefix, b.Length - suffix, edits);
        for (var k = suffix; k > 0; k--)
        {
            edits.Add(new Edit(' ', a[^k]));
        }

        return edits;
    }

    private static void Middle(string[] a, string[] b, int a0, int a1, int b0, int b1, List<Edit> edits)
    {
        int n = a1 - a0, m = b1 - b0;
        if ((long)n * m > MaxCells || n == 0 || m == 0)
        {
            for (var i = a0; i < a1; i++)
            {
                edits.Add(new Edit('-', a[i]));
            }

            for (var j = b0; j < b1; j++)
            {
                edits.Add(new Edit('+', b[j]));
            }

            return;
        }

        // lcs[i, j] = length of the LCS of a[a0+i..a1) and b[b0+j..b1).
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = a[a0 + i] == b[b0 + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[a0 + x] == b[b0 + y])
            {
                edits.Add(new Edit(' ', a[a0 + x]));
                x++;
                y++;
            }
            else if (x < n && (y == m || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                // Removals before additions, as diff -u prints a replaced line.
                edits.Add(new Edit('-', a[a0 + x]));
                x++;
            }
            else
            {
                edits.Add(new Edit('+', b[b0 + y]));
                y++;
            }
        }
    }

    private static IEnumerable<(int Start, int End)> Hunks(List<Edit> edits)
    {
        var start = -1;
        var end = -1;
        for (var i = 0; i < edits.Count; i++)
        {
            if (edits[i].Op == ' ')
            {
                continue;
            }

            var from = Math.Max(0, i - Context);
            var to = Math.Min(edits.Count, i + Context + 1);
            if (start >= 0 && from <= end)
            {
                end = Math.Max(end, to);
                continue;
            }

            if (start >= 0)
            {
                yield return (start, end);
            }

            (start, end) = (from, to);
        }

        if (start >= 0)
        {
            yield return (start, end);
        }
    }

    private static void AppendHunk(StringBuilder text, List<Edit> edits, int start, int end)
    {
        // Line numbers of the hunk's first line on each side, found from the edits before it.
        int oldLine = 0, newLine = 0;
        for (var i = 0; i < start; i++)
        {
            oldLine += edits[i].Op != '+' ? 1 : 0;
            newLine += edits[i].Op != '-' ? 1 : 0;
        }

        int oldCount = 0, newCount = 0;
        for (var i = start; i < end; i++)
        {
            oldCount += edits[i].Op != '+' ? 1 : 0;
            newCount += edits[i].Op != '-' ? 1 : 0;
        }

        text.Append(CultureInfo.InvariantCulture, $"@@ -{Range(oldLine, oldCount)} +{Range(newLine, newCount)} @@\n");
        for (var i = start; i < end; i++)
        {
            text.Append(edits[i].Op).Append(edits[i].Line).Append('\n');
        }
    }

    // diff -u: a range of zero lines names the line before it; one line omits the count.
    private static string Range(int before, int count) => count switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"{before},0"),
        1 => string.Create(CultureInfo.InvariantCulture, $"{before + 1}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{before + 1},{count}"),
    };

    private readonly record struct Edit(char Op, string Line);
}
