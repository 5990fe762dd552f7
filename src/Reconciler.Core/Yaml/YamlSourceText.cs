namespace Reconciler.Core.Yaml;

/// <summary>
/// The decoded text of one file (BOM removed, line breaks normalised to <c>\n</c>) and the
/// index of each line start, so any character index maps to a line and a code-point column.
/// Both lookups are binary searches: the tree builder asks for every node's position, and a
/// hostile file can put a hundred thousand nodes on one line of a megabyte, where walking the
/// line for each would take minutes.
/// </summary>
internal sealed class YamlSourceText
{
    private readonly int[] _lineStarts;

    // Where the second halves of surrogate pairs are: they share a column with the first half.
    private readonly List<int> _lowSurrogates = [];

    public YamlSourceText(string text)
    {
        Text = text;
        var span = text.AsSpan();

        // Counted first (a vectorised pass) so the index is one exact array, not a growing list.
        _lineStarts = new int[span.Count('\n') + 1];
        var line = 1;
        for (var rest = span; rest.IndexOf('\n') is var at and >= 0; rest = rest[(at + 1)..])
        {
            _lineStarts[line] = _lineStarts[line - 1] + at + 1;
            line++;
        }

        // A vectorised search: most files have no astral characters at all.
        var offset = 0;
        for (var rest = span; rest.IndexOfAnyInRange('\uDC00', '\uDFFF') is var at and >= 0; rest = rest[(at + 1)..])
        {
            _lowSurrogates.Add(offset + at);
            offset += at + 1;
        }
    }

    public string Text { get; }

    public SourcePosition PositionOf(int index)
    {
        index = Math.Clamp(index, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, index);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var lineStart = _lineStarts[line];
        var column = 1 + (index - lineStart) - (CountLowSurrogatesBefore(index) - CountLowSurrogatesBefore(lineStart));
        return new SourcePosition(line + 1, column);
    }

    private int CountLowSurrogatesBefore(int index)
    {
        var found = _lowSurrogates.BinarySearch(index);
        return found >= 0 ? found : ~found;
    }
}
