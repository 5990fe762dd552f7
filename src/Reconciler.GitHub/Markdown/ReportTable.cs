using System.Globalization;
using System.Text;

namespace Reconciler.GitHub.Markdown;

/// <summary>
/// One Markdown table of a report whose rows may be cut to fit a size limit. Each row carries a
/// priority (lower is kept first) so that truncation keeps errors before anything else.
/// </summary>
internal sealed class ReportTable(string heading, string[] columns, string noun)
{
    private readonly List<Row> _rows = [];

    public int Count => _rows.Count;

    /// <summary>Adds a row of already-escaped cells.</summary>
    public void Add(int priority, params string[] cells) =>
        _rows.Add(new Row(_rows.Count, priority, "| " + string.Join(" | ", cells) + " |"));

    /// <summary>The rows in keep-first order: by priority, then by their place in the table.</summary>
    public IEnumerable<Row> ByPriority() => _rows.OrderBy(r => r.Priority).ThenBy(r => r.Index);

    /// <summary>Appends the table with the rows <paramref name="keep"/> accepts, and a line counting the others.</summary>
    public void AppendTo(StringBuilder text, Func<Row, bool> keep)
    {
        if (_rows.Count == 0)
        {
            return;
        }

        text.Append(heading).Append("\n\n");
        text.Append("| ").Append(string.Join(" | ", columns)).Append(" |\n");
        text.Append('|').Append(string.Concat(columns.Select(_ => " --- |"))).Append('\n');
        var left = 0;
        foreach (var row in _rows)
        {
            if (keep(row))
            {
                text.Append(row.Text).Append('\n');
            }
            else
            {
                left++;
            }
        }

        if (left > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n_…and {left} more {noun} not shown here._\n");
        }

        text.Append('\n');
    }

    /// <summary>One rendered row.</summary>
    internal sealed record Row(int Index, int Priority, string Text)
    {
        public int Bytes { get; } = Encoding.UTF8.GetByteCount(Text) + 1;
    }
}
