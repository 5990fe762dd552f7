using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reconciler.Cxone.Json;

/// <summary>
/// Reads a timestamp written either as ISO 8601 text or as Unix seconds (the template tutorial
/// writes <c>int(time.time())</c>), and writes ISO 8601. Live state written by other tools must
/// never make a list call fail.
/// </summary>
internal sealed class FlexibleTimestampConverter : JsonConverter<DateTimeOffset?>
{
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadTimestamp(ref reader);

    /// <summary>Reads the timestamp at the reader's current value (null for null or anything unreadable).</summary>
    internal static DateTimeOffset? ReadTimestamp(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt64(out long seconds):
                return DateTimeOffset.FromUnixTimeSeconds(seconds);
            case JsonTokenType.Number:
                return DateTimeOffset.FromUnixTimeMilliseconds((long)(reader.GetDouble() * 1000));
            case JsonTokenType.String when HasExplicitOffset(ref reader) && reader.TryGetDateTimeOffset(out DateTimeOffset exact):
                // The common case, ISO 8601 with Z or an offset: the reader's own parser is many times
                // cheaper than DateTimeOffset.TryParse, and a large list has two timestamps per item.
                return exact;
            case JsonTokenType.String:
                string text = reader.GetString() ?? string.Empty;
                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset parsed))
                {
                    return parsed;
                }

                if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long unix))
                {
                    return DateTimeOffset.FromUnixTimeSeconds(unix);
                }

                // An unreadable timestamp is not worth failing a read of live state over.
                return null;
            default:
                reader.Skip();
                return null;
        }
    }

    /// <summary>
    /// Whether the raw text ends in <c>Z</c> or <c>±hh:mm</c>. Without either, the reader would assume
    /// the machine's local offset; the slow path below assumes UTC, as it always has.
    /// </summary>
    private static bool HasExplicitOffset(ref Utf8JsonReader reader) =>
        !reader.HasValueSequence && !reader.ValueIsEscaped && HasExplicitOffset(reader.ValueSpan);

    internal static bool HasExplicitOffset(ReadOnlySpan<byte> text) =>
        text.Length > 6
            && (text[^1] is (byte)'Z' or (byte)'z'
                || (text[^6] is (byte)'+' or (byte)'-' && text[^3] == (byte)':'));

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value.Value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        }
    }
}
