using System.Globalization;
using YamlDotNet.Core;

namespace Reconciler.Core.Yaml;

/// <summary>
/// Finds where a character of a scalar's value was written in the file. It walks the raw text
/// alongside the value: quotes, escapes (<c>\t</c> is two source characters for one value
/// character), doubled single quotes, folded line breaks and block indentation are the only
/// differences between the two, so the walk aligns them exactly.
/// </summary>
internal static class ScalarOffsetMap
{
    public static SourcePosition PositionOf(YamlScalar scalar, int offset)
    {
        var text = scalar.Source.Text;
        var value = scalar.Value;
        offset = Math.Clamp(offset, 0, value.Length);
        var walker = new Walker(text, scalar.Style, Begin(text, scalar));
        for (var k = 0; k < value.Length; k++)
        {
            var found = walker.Next(value, k, out var produced);
            if (found < 0)
            {
                return scalar.Start;
            }

            if (offset >= k && offset < k + produced)
            {
                return scalar.Source.PositionOf(found);
            }

            k += produced - 1;
        }

        return scalar.Source.PositionOf(walker.Position);
    }

    private static int Begin(string text, YamlScalar scalar)
    {
        var p = scalar.SourceIndex;
        switch (scalar.Style)
        {
            case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted:
                return p + 1;
            case ScalarStyle.Literal or ScalarStyle.Folded:
                var lineEnd = text.IndexOf('\n', p);
                return lineEnd < 0 ? text.Length : lineEnd + 1;
            default:
                return p;
        }
    }

    /// <summary>Block scalars: the indentation to strip, explicit or from the first non-empty line.</summary>
    private static int BlockIndent(string text, int headerStart, int contentStart)
    {
        for (var i = headerStart; i < contentStart && text[i] != '\n' && text[i] != '#'; i++)
        {
            if (text[i] is >= '1' and <= '9')
            {
                // An explicit indentation indicator is relative to the parent's indentation; the
                // parent is at least the header line's own indentation, which is good enough here.
                var lineStart = text.LastIndexOf('\n', Math.Max(headerStart - 1, 0)) + 1;
                var parentIndent = 0;
                while (lineStart + parentIndent < text.Length && text[lineStart + parentIndent] == ' ')
                {
                    parentIndent++;
                }

                return parentIndent + (text[i] - '0');
            }
        }

        var p = contentStart;
        while (p < text.Length)
        {
            var indent = 0;
            while (p + indent < text.Length && text[p + indent] == ' ')
            {
                indent++;
            }

            if (p + indent < text.Length && text[p + indent] != '\n')
            {
                return indent;
            }

            p += indent + 1;
        }

        return 0;
    }

    private sealed class Walker
    {
        private readonly string _text;
        private readonly ScalarStyle _style;
        private readonly int _blockIndent;
        private bool _atLineStart;

        public Walker(string text, ScalarStyle style, int begin)
        {
            _text = text;
            _style = style;
            Position = begin;
            if (style is ScalarStyle.Literal or ScalarStyle.Folded)
            {
                var header = text.LastIndexOf('\n', Math.Max(begin - 2, 0));
                var headerStart = text.IndexOfAny(['|', '>'], header + 1);
                _blockIndent = BlockIndent(text, headerStart < 0 ? begin : headerStart, begin);
                _atLineStart = true;
            }
        }

        public int Position { get; private set; }

        /// <summary>The source index of value[k], or -1; <paramref name="produced"/> is how many value chars it yields.</summary>
        public int Next(string value, int k, out int produced)
        {
            produced = 1;
            while (Position < _text.Length)
            {
                if (_atLineStart)
                {
                    SkipBlockIndent();
                    _atLineStart = false;
                    continue;
                }

                var p = Position;
                var c = _text[p];
                if (_style == ScalarStyle.DoubleQuoted && c == '\\' && p + 1 < _text.Length)
                {
                    if (_text[p + 1] == '\n')
                    {
                        // An escaped line break joins lines: it and the next line's indentation vanish.
                        Position = p + 2;
                        while (Position < _text.Length && _text[Position] is ' ' or '\t')
                        {
                            Position++;
                        }

                        continue;
                    }

                    Position = p + EscapeLength(p, out produced);
                    return p;
                }

                if (_style == ScalarStyle.SingleQuoted && c == '\'' && p + 1 < _text.Length && _text[p + 1] == '\'')
                {
                    Position = p + 2;
                    return p;
                }

                if (c == value[k] || (c == '\n' && value[k] is ' ' or '\n'))
                {
                    Position = p + 1;
                    _atLineStart = c == '\n' && _style is ScalarStyle.Literal or ScalarStyle.Folded;
                    return p;
                }

                Position = p + 1;
                _atLineStart = c == '\n' && _style is ScalarStyle.Literal or ScalarStyle.Folded;
            }

            return -1;
        }

        private void SkipBlockIndent()
        {
            var skipped = 0;
            while (skipped < _blockIndent && Position < _text.Length && _text[Position] == ' ')
            {
                Position++;
                skipped++;
            }
        }

        private int EscapeLength(int p, out int produced)
        {
            produced = 1;
            var kind = _text[p + 1];
            var digits = kind switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
            if (digits == 8 && p + 10 <= _text.Length
                && int.TryParse(_text.AsSpan(p + 2, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var codePoint)
                && codePoint > 0xFFFF)
            {
                produced = 2;
            }

            return 2 + digits;
        }
    }
}
