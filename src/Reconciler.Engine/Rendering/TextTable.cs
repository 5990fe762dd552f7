using System.Text;

namespace Reconciler.Engine.Rendering;

/// <summary>A plain, aligned text table (no colour codes) that reads the same in a log and a terminal.</summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = [];

    public TextTable(params string[] headers) => _headers = headers;

    public int RowCount => _rows.Count;

    public void Add(params string?[] cells) => _rows.Add(cells.Select(c => Clean(c ?? "-")).ToArray());

    public void WriteTo(TextWriter output, string indent = "  ")
    {
        var widths = _headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        output.WriteLine(Line(_headers, widths, indent));
        foreach (var row in _rows)
        {
            output.WriteLine(Line(row, widths, indent));
        }
    }

    private static string Line(string[] cells, int[] widths, string indent)
    {
        var builder = new StringBuilder(indent);
        for (var i = 0; i < cells.Length; i++)
        {
            builder.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i] + 2));
        }

        return builder.ToString().TrimEnd();
    }

    // Control characters from user content must not move the cursor or break the table.
    private static string Clean(string cell) =>
        string.Create(cell.Length, cell, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });
}
