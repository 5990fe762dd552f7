using System.Text.RegularExpressions;

namespace Reconciler.Cli.Tests.Hygiene;

/// <summary>
/// Reads a Markdown comment the way GitHub would: fenced code (verbatim, harmless) apart from the
/// rest (rendered), and lists every way the rendered part lets hostile text act — tags outside an
/// allow-list, javascript: or non-https links, live mentions and issue references, table rows with
/// the wrong number of cells, extra HTML comments, bidi controls (in code too).
/// </summary>
internal sealed partial class MarkdownInspector
{
    /// <summary>Tags our renderer itself writes; anything else outside code came from content.</summary>
    private static readonly HashSet<string> AllowedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "details", "summary", "br", "b", "strong", "em", "code", "sub", "sup", "p", "kbd",
    };

    private MarkdownInspector(IReadOnlyList<string> rendered, IReadOnlyList<string> verbatim)
    {
        Rendered = rendered;
        Verbatim = verbatim;
    }

    /// <summary>Lines GitHub renders as Markdown/HTML.</summary>
    public IReadOnlyList<string> Rendered { get; }

    /// <summary>Lines inside fenced code blocks, shown as typed.</summary>
    public IReadOnlyList<string> Verbatim { get; }

    public static MarkdownInspector Read(string body)
    {
        var rendered = new List<string>();
        var verbatim = new List<string>();
        string? fence = null;
        foreach (var line in body.Split('\n'))
        {
            var trimmed = line.TrimStart(' ');
            if (fence is null)
            {
                var open = FenceOpen().Match(trimmed);
                if (open.Success && line.Length - trimmed.Length <= 3)
                {
                    fence = open.Groups[1].Value;
                    continue;
                }

                rendered.Add(line);
            }
            else if (trimmed.TrimEnd().Length >= fence.Length && trimmed.TrimEnd().All(c => c == fence[0]))
            {
                fence = null;
            }
            else
            {
                verbatim.Add(line);
            }
        }

        return new MarkdownInspector(rendered, verbatim);
    }

    /// <summary>Everything wrong with the rendered part; empty when it is safe. A PR comment has one HTML comment, its marker; a job summary none.</summary>
    public IReadOnlyList<string> Problems(int markers = 1)
    {
        var problems = new List<string>();
        for (var i = 0; i < Rendered.Count; i++)
        {
            var line = Rendered[i];
            var at = $"rendered line {i + 1}: {Shorten(line)}";
            foreach (Match tag in Tag().Matches(line))
            {
                if (!AllowedTags.Contains(tag.Groups[1].Value))
                {
                    problems.Add($"raw <{tag.Groups[1].Value}> tag, {at}");
                }
            }

            if (ScriptLink().IsMatch(line))
            {
                problems.Add($"javascript: link, {at}");
            }

            foreach (Match link in LinkTarget().Matches(line))
            {
                if (!SafeUrl().IsMatch(link.Groups[1].Value))
                {
                    problems.Add($"link to something other than a plain https URL, {at}");
                }
            }

            if (Mention().IsMatch(line))
            {
                problems.Add($"live @mention, {at}");
            }

            if (IssueReference().IsMatch(line))
            {
                problems.Add($"live #reference, {at}");
            }

            if (line.Any(IsBidiControl))
            {
                problems.Add($"bidi control character, {at}");
            }
        }

        // Inside code too: a fence shows text as typed, but an override would still reorder it.
        problems.AddRange(Verbatim.Where(l => l.Any(IsBidiControl)).Select(l => $"bidi control character in code: {Shorten(l)}"));

        var comments = Rendered.Sum(l => Regex.Count(l, "<!--"));
        if (comments != markers)
        {
            problems.Add($"{comments} HTML comments outside code; {markers} expected (the report marker)");
        }

        problems.AddRange(TableProblems());
        return problems;
    }

    /// <summary>Rows of a table must have as many cells as its header.</summary>
    private IEnumerable<string> TableProblems()
    {
        int? cells = null;
        for (var i = 0; i < Rendered.Count; i++)
        {
            var line = Rendered[i].TrimEnd();
            if (!line.StartsWith('|'))
            {
                cells = null;
                continue;
            }

            var count = CellCount(line);
            if (cells is null)
            {
                cells = count;
            }
            else if (count != cells)
            {
                yield return $"table row with {count} cells under a {cells}-cell header, rendered line {i + 1}: {Shorten(line)}";
            }
        }
    }

    /// <summary>Cells between unescaped pipes, outside inline code spans.</summary>
    private static int CellCount(string row)
    {
        var pipes = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == '|' && (i == 0 || row[i - 1] != '\\'))
            {
                pipes++;
            }
        }

        return pipes - 1;
    }

    private static bool IsBidiControl(char c) =>
        c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    private static string Shorten(string line) => line.Length > 160 ? line[..160] + "…" : line;

    [GeneratedRegex(@"^(`{3,}|~{3,})")]
    private static partial Regex FenceOpen();

    [GeneratedRegex(@"<\s*/?\s*([A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex Tag();

    // A Markdown link or image, an autolink or an href whose target is javascript:.
    [GeneratedRegex(@"(\]\(|<|href\s*=)\s*[""']?\s*<?\s*javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptLink();

    [GeneratedRegex(@"\]\(\s*<?([^)\s>]*)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"^https://[^\s<>""'`]+$")]
    private static partial Regex SafeUrl();

    // An @ followed directly by a name: escaped mentions carry a zero-width space (or an entity) after the @.
    [GeneratedRegex(@"(?<![\w&/.])@[A-Za-z0-9]")]
    private static partial Regex Mention();

    // A # followed by digits, not part of an entity (&#35;) or a URL fragment.
    [GeneratedRegex(@"(?<![&\w/])#\d+")]
    private static partial Regex IssueReference();
}
