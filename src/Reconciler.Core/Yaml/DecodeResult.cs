namespace Reconciler.Core.Yaml;

/// <summary>The outcome of <see cref="SourceTextDecoder.Decode"/>.</summary>
internal sealed record DecodeResult(string? Text, SourcePosition Position, bool IsBinary, int ByteOffset)
{
    public static DecodeResult Decoded(string text) => new(text, SourcePosition.Start, false, 0);

    public static DecodeResult Failed(SourcePosition position, bool isBinary, int byteOffset) => new(null, position, isBinary, byteOffset);
}
