namespace Reconciler.Core.Yaml;

/// <summary>
/// The decoded text of one file (BOM removed, line breaks normalised to <c>\n</c>) and the
/// index of each line start, so any character index maps to a line and a code-point column.
/// Both lookups are binary searches: the tree builder asks for every node's position, and a
/// hostile file can put a hundred thousand nodes on one line of a megabyte, where walking the
/// line for each would take minutes. The line search starts from the last line found: the tree
/// builder asks in document order, so the answer is that line or one of the next few.
/// </summary>
internal sealed class YamlSourceText
{
    private readonly int[] _lineStarts;

    // Where the second halves of surrogate pairs are: they share a column with the first half.
    private readonly List<int> _lowSurrogates = [];

    // The line of the last position asked for. Only a hint: a stale value read by another thread
    // costs a search, never a wrong answer, because every guess is checked against the line starts.
    private int _lastLine;

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
        var line = LineOf(index);
        var lineStart = _lineStarts[line];
        var column = 1 + (index - lineStart);
        if (_lowSurrogates.Count > 0)
        {
            column -= CountLowSurrogatesBefore(index) - CountLowSurrogatesBefore(lineStart);
        }

        return new SourcePosition(line + 1, column);
    }

    /// <summary>The zero-based line holding <paramref name="index"/>: the last line found or one of the next three, else a binary search.</summary>
    private int LineOf(int index)
    {
        var line = _lastLine;
        if (_lineStarts[line] <= index)
        {
            for (var step = 0; step < 4; step++)
            {
                if (line + 1 == _lineStarts.Length || index < _lineStarts[line + 1])
                {
                    _lastLine = line;
                    return line;
                }

                line++;
            }
        }

        line = BinarySearch(index);
        _lastLine = line;
        return line;
    }

    /// <summary>The last line starting at or before <paramref name="index"/> (the first line starts at 0).</summary>
    private int BinarySearch(int index)
    {
        int low = 0, high = _lineStarts.Length - 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            if (_lineStarts[middle] <= index)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    private int CountLowSurrogatesBefore(int index)
    {
        var found = _lowSurrogates.BinarySearch(index);
        return found >= 0 ? found : ~found;
    }
}
