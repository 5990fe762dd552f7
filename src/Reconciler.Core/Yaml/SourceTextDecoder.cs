using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Reconciler.Core.Yaml;

/// <summary>
/// Turns a file's bytes into text: strips a UTF-8 BOM, rejects invalid UTF-8 and NUL bytes (the
/// sign of a binary file) at the first bad byte's position, and normalises CRLF and CR to LF.
/// </summary>
internal static class SourceTextDecoder
{
    /// <summary>The text, or a failure that says what is wrong where.</summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        var bom = Encoding.UTF8.Preamble;
        if (bytes.StartsWith(bom))
        {
            bytes = bytes[bom.Length..];
        }

        // NUL never appears in text: its presence makes the file binary, whichever bad byte comes first.
        var isBinary = bytes.IndexOf((byte)0) >= 0;
        if (!isBinary && Utf8.IsValid(bytes))
        {
            // The common case: one pass to validate, one allocation for the text.
            return DecodeResult.Decoded(Normalise(Encoding.UTF8.GetString(bytes)));
        }

        var buffer = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, buffer, out var read, out var written, replaceInvalidSequences: false);
        var prefix = new string(buffer, 0, written);
        var firstBad = status == OperationStatus.Done ? bytes.Length : read;
        var nul = prefix.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            // The NUL comes before the first invalid sequence: report it, at its exact byte offset.
            prefix = prefix[..nul];
            firstBad = Encoding.UTF8.GetByteCount(prefix);
        }

        return DecodeResult.Failed(PositionAtEnd(prefix), isBinary, firstBad);
    }

    private static string Normalise(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    private static SourcePosition PositionAtEnd(string prefix)
    {
        var normalised = Normalise(prefix);
        return new YamlSourceText(normalised).PositionOf(normalised.Length);
    }
}
