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
        for (var at = span.IndexOf('\n'); at >= 0; at = NextIndexOf(span, '\n', at))
        {
            _lineStarts[line++] = at + 1;
        }

        // Vectorised searches: most files have no astral characters at all.
        for (var at = span.IndexOfAnyInRange('\uDC00', '\uDFFF'); at >= 0; at = NextIndexOfLowSurrogate(span, at))
        {
            _lowSurrogates.Add(at);
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

    private static int NextIndexOf(ReadOnlySpan<char> text, char value, int after)
    {
        var next = text[(after + 1)..].IndexOf(value);
        return next < 0 ? -1 : after + 1 + next;
    }

    private static int NextIndexOfLowSurrogate(ReadOnlySpan<char> text, int after)
    {
        var next = text[(after + 1)..].IndexOfAnyInRange('\uDC00', '\uDFFF');
        return next < 0 ? -1 : after + 1 + next;
    }
}
