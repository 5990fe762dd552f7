namespace Reconciler.Core.Yaml;

/// <summary>
/// The decoded text of one file (BOM removed, line breaks normalised to <c>\n</c>) and the
/// index of each line start, so any character index maps to a line and a code-point column.
/// </summary>
internal sealed class YamlSourceText
{
    private readonly List<int> _lineStarts = [0];

    public YamlSourceText(string text)
    {
        Text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public string Text { get; }

    public SourcePosition PositionOf(int index)
    {
        index = Math.Clamp(index, 0, Text.Length);
        var line = _lineStarts.BinarySearch(index);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var column = 1;
        for (var i = _lineStarts[line]; i < index; i++)
        {
            // A surrogate pair is one code point: count only its first half.
            if (!char.IsLowSurrogate(Text[i]))
            {
                column++;
            }
        }

        return new SourcePosition(line + 1, column);
    }
}
