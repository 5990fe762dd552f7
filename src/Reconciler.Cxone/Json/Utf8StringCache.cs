using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;

namespace Reconciler.Cxone.Json;

/// <summary>
/// One string per distinct short value read from a JSON document. A page of live templates repeats
/// the same locales, channels, variable names, block ids, commit and author hundreds of times; a plan
/// keeps every item until it is compared, so each repeat would be one more string to allocate, keep
/// and copy between collector generations. Not thread-safe: one cache per document.
/// </summary>
internal sealed class Utf8StringCache
{
    /// <summary>Longest value, in UTF-8 bytes, worth looking up; longer ones (content, hashes) are rarely repeated.</summary>
    private const int MaxLength = 64;

    /// <summary>Entries kept at most, so a hostile page cannot grow the cache without bound.</summary>
    private const int MaxEntries = 4096;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Utf8StringCache() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The string at the reader's current value, which must be a JSON string.</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > MaxLength)
        {
            return reader.GetString()!;
        }

        Span<char> chars = stackalloc char[MaxLength];
        if (Utf8.ToUtf16(reader.ValueSpan, chars, out _, out int written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            // Not valid UTF-8: the reader's own conversion reports it.
            return reader.GetString()!;
        }

        ReadOnlySpan<char> text = chars[..written];
        if (_lookup.TryGetValue(text, out string? known))
        {
            return known;
        }

        string created = text.ToString();
        if (_strings.Count < MaxEntries)
        {
            _strings[created] = created;
        }

        return created;
    }
}
