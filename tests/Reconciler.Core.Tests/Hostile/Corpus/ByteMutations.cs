using System.Text;

namespace Reconciler.Core.Tests.Hostile.Corpus;

/// <summary>Mutations of the bytes and characters: truncation, sizes, control characters, encodings, lines, indicators.</summary>
internal static class ByteMutations
{
    private static readonly string[] ControlCharacters =
    [
        "\0", "\u001b", "\u0007", "\b", "\v", "\f", "\u007f", "\u0085", "\u009b", "\u0080", "\u200b", "\u200e", "\u200f",
        "\u202a", "\u202b", "\u202d", "\u202e", "\u2066", "\u2067", "\u2069", "\u2028", "\u2029", "\ufeff", "\ufffe", "\uffff",
        "\r", "\t", "\u001b[2J\u001b[31m", "\u202egnp.exe", "\U0001F600", "\U000E0041", "\u0301\u0301\u0301",
    ];

    private static readonly string[] QuotedEscapes = ["\\0", "\\x00", "\\u0000", "\\e", "\\a", "\\N", "\\L", "\\P", "\\_", "\\uD800", "\\uDFFF", "\\U0010FFFF", "\\U00110000", "\\x", "\\q", "\\u12"];

    private static readonly byte[][] BadSequences =
    [
        [0xFF], [0xFE], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
        [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xBF], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC3],
    ];

    private static readonly string[] Indicators = [":", "-", "? ", "{", "}", "[", "]", ",", "\"", "'", "|", ">", "&", "*", "!", "%", "@", "`", "#", " #", "\\", ": ", "- ", "\t", "{{", "}}"];

    public static (string, byte[]) Truncation(SeedText seed, Random random, int index)
    {
        var bytes = seed.Seed.Content;
        var inside = Enumerable.Range(1, Math.Max(bytes.Length - 1, 0)).Where(i => (bytes[i] & 0xC0) == 0x80).ToList();
        var (offset, note) = (index % 10) switch
        {
            0 => (0, "at 0"),
            1 => (bytes.Length - 1, "before the last byte"),
            2 or 3 when inside.Count > 0 => (inside[random.Next(inside.Count)], "mid UTF-8 sequence"),
            _ => (random.Next(bytes.Length), "at a random byte"),
        };
        return ($"truncated at byte {offset} ({note})", bytes[..offset]);
    }

    public static (string, byte[]) HugeString(SeedText seed, Random random, int index)
    {
        var slot = seed.Pick(random, blockOnly: index % 2 == 0);
        switch (index % 6)
        {
            case 0:
                return ($"5 MB quoted string at '{slot.Key}'", Utf8(seed.WithInline(slot, "\"" + new string('x', 5 * 1024 * 1024) + "\"")));
            case 1:
                return ($"900,000-character plain string at '{slot.Key}'", Utf8(seed.WithInline(slot, Repeat("lorem ipsum ", 75_000))));
            case 2:
                return ($"300,000 multi-byte characters at '{slot.Key}'", Utf8(seed.WithInline(slot, "\"" + Repeat("é€😀", 80_000) + "\"")));
            case 3:
                return ($"100,000-item flow list on one line at '{slot.Key}'", Utf8(seed.WithInline(slot, "[" + Repeat("a, ", 100_000) + "a]")));
            case 4:
                return ($"500,000-character key before line {slot.Line + 1}", Utf8(seed.WithLineInserted(slot.Line, new string(' ', slot.KeyColumn) + new string('k', 500_000) + ": v")));
            default:
                var block = Enumerable.Range(0, 20_000).Select(i => $"line {i} {{{{customer.name}}}} {new string('y', 30)}");
                return ($"20,000-line literal block at '{slot.Key}'", Utf8(seed.WithBlock(slot, ["|", .. block.Select(l => "  " + l)])));
        }
    }

    public static (string, byte[]) ControlCharacter(SeedText seed, Random random, int index)
    {
        if (index % 4 == 3)
        {
            var slot = seed.Pick(random);
            var escape = QuotedEscapes[random.Next(QuotedEscapes.Length)];
            return ($"double-quoted escape {escape} at '{slot.Key}'", Utf8(seed.WithInline(slot, "\"a" + escape + "b\"")));
        }

        var character = ControlCharacters[(index + random.Next(ControlCharacters.Length)) % ControlCharacters.Length];
        var text = seed.Text;
        var at = index % 2 == 0 ? CharBoundary(text, random.Next(text.Length + 1)) : ValueStart(seed, random);
        var shown = string.Concat(character.Select(c => $"U+{(int)c:X4}"));
        return ($"{shown} inserted at char {at}", Utf8(text.Insert(at, character)));
    }

    public static (string, byte[]) InvalidUtf8(SeedText seed, Random random, int index)
    {
        var bytes = seed.Seed.Content;
        switch (index % 10)
        {
            case 0:
                return ("UTF-16 LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(seed.Text)]);
            case 1:
                return ("UTF-16 BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(seed.Text)]);
            case 2:
                return ("UTF-32 LE with BOM", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(seed.Text)]);
            case 3:
                return ("UTF-8 BOM twice", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. bytes]);
            case 4:
                // The comment guarantees one non-ASCII character, so the bytes differ from UTF-8's.
                return ("Latin-1 re-encoding", Encoding.Latin1.GetBytes("# café\n" + seed.Text));
            default:
                var bad = BadSequences[(index + random.Next(BadSequences.Length)) % BadSequences.Length];
                var at = random.Next(bytes.Length + 1);
                return ($"{Convert.ToHexString(bad)} inserted at byte {at}", [.. bytes[..at], .. bad, .. bytes[at..]]);
        }
    }

    public static (string, byte[]) LineEdit(SeedText seed, Random random, int index)
    {
        var lines = seed.Lines.ToList();
        var i = random.Next(lines.Count);
        var j = i + 1 < lines.Count ? i + 1 : Math.Max(i - 1, 0);
        string description;
        switch (index % 11)
        {
            case 0: description = $"line {i + 1} deleted"; lines.RemoveAt(i); break;
            case 1: description = $"line {i + 1} duplicated"; lines.Insert(i, lines[i]); break;
            case 2: description = $"lines {i + 1} and {j + 1} swapped"; (lines[i], lines[j]) = (lines[j], lines[i]); break;
            case 3: description = $"line {i + 1} indented by one"; lines[i] = " " + lines[i]; break;
            case 4: description = $"line {i + 1} indented by two"; lines[i] = "  " + lines[i]; break;
            case 5 when lines[i].StartsWith(' '): description = $"line {i + 1} dedented"; lines[i] = lines[i].TrimStart(); break;
            case 5: description = $"line {i + 1} indented by three"; lines[i] = "   " + lines[i]; break;
            case 6: description = $"line {i + 1} indented with a tab"; lines[i] = "\t" + lines[i].TrimStart(' '); break;
            case 7: return ("CRLF line breaks", Utf8(string.Join("\r\n", lines)));
            case 8: return ("lone CR line breaks", Utf8(string.Join("\r", lines)));
            case 9: description = $"lines {i + 1} and {j + 1} joined"; lines[i] += " " + lines[j]; if (j != i) { lines.RemoveAt(j); } break;
            default: description = "lines reversed"; lines.Reverse(); break;
        }

        return (description, Utf8(string.Join('\n', lines)));
    }

    public static (string, byte[]) SyntaxCharacters(SeedText seed, Random random, int index)
    {
        var text = seed.Text;
        var done = new List<string>();
        for (var n = 0; n <= index % 3; n++)
        {
            var indicator = Indicators[random.Next(Indicators.Length)];
            var at = CharBoundary(text, random.Next(text.Length + 1));
            text = text.Insert(at, indicator);
            done.Add($"'{indicator}'@{at}");
        }

        return ("inserted " + string.Join(", ", done), Utf8(text));
    }

    private static int ValueStart(SeedText seed, Random random)
    {
        var slot = seed.Pick(random);
        var offset = seed.Lines.Take(slot.Line).Sum(l => l.Length + 1);
        return offset + Math.Min(slot.Start + random.Next(Math.Max(slot.Length, 1)), seed.Lines[slot.Line].Length);
    }

    /// <summary>Moves an index off the second half of a surrogate pair, so the text stays well-formed UTF-16.</summary>
    private static int CharBoundary(string text, int at) => at > 0 && at < text.Length && char.IsLowSurrogate(text[at]) ? at - 1 : at;

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
