using System.Globalization;
using System.Text;
using System.Text.Json;
using Reconciler.Cxone.Json;

namespace Reconciler.Cxone.Tests.Json;

public sealed class FlexibleTimestampConverterTests
{
    // What the converter always meant: DateTimeOffset.TryParse, invariant, UTC when no offset is given.
    private static DateTimeOffset? Expected(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;

    private static DateTimeOffset? ReadJson(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return new FlexibleTimestampConverter().Read(ref reader, typeof(DateTimeOffset?), JsonSerializerOptions.Default);
    }

    [Theory]
    [InlineData("2026-11-21T14:35:38.669Z")]
    [InlineData("2026-11-21T14:35:39.7602263+00:00")]
    [InlineData("2026-11-21T14:35:39+05:30")]
    [InlineData("2026-11-21T14:35:39-08:00")]
    [InlineData("2026-11-21T14:35:39.1234567-03:30")]
    [InlineData("2026-11-21T14:35:39z")]
    [InlineData("2024-02-29T23:59:59.9999999Z")]
    [InlineData("2026-11-21T14:35:39")]
    [InlineData("2026-11-21T14:35")]
    [InlineData("2026-11-21")]
    [InlineData("2026-11-21 14:35:39Z")]
    [InlineData("21 Nov 2026 14:35:39 +02:00")]
    [InlineData("Sat, 21 Nov 2026 14:35:39 GMT")]
    [InlineData("2026-11-21T14:35:39+0530")]
    [InlineData("2026-02-30T10:00:00Z")]
    [InlineData("2026-11-21T25:00:00Z")]
    [InlineData("2026-11-21T14:35:39+15:00")]
    public void IsoText_ReadsAsDateTimeOffsetTryParseWithUtcDefault(string text)
    {
        var read = ReadJson($"\"{text}\"");

        Assert.Equal(Expected(text), read);
        Assert.Equal(Expected(text)?.Offset, read?.Offset);
    }

    [Fact]
    public void EscapedOffsetSign_TakesTheGeneralParserAndReadsTheSameInstant()
    {
        Assert.Equal(Expected("2026-11-21T14:35:39+02:00"), ReadJson("\"2026-11-21T14:35:39\\u002B02:00\""));
    }

    [Theory]
    [InlineData("1700000000", 1700000000L)]
    [InlineData("\"1700000000\"", 1700000000L)]
    public void UnixSeconds_AsNumberOrText(string json, long seconds)
    {
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(seconds), ReadJson(json));
    }

    [Fact]
    public void FractionalUnixSeconds_KeepMilliseconds()
    {
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000000250), ReadJson("1700000000.25"));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("\"yesterday\"")]
    [InlineData("\"Z\"")]
    [InlineData("\"+00:00\"")]
    [InlineData("true")]
    [InlineData("{\"at\": 1}")]
    [InlineData("[1, 2]")]
    public void Unreadable_IsNullNotAFailure(string json)
    {
        Assert.Null(ReadJson(json));
    }

    [Theory]
    [InlineData("2026-11-21T14:35:39Z", true)]
    [InlineData("2026-11-21T14:35:39.5+01:00", true)]
    [InlineData("2026-11-21T14:35:39-11:30", true)]
    [InlineData("2026-11-21T14:35:39", false)]
    [InlineData("2026-11-21", false)]
    [InlineData("2026-11-21T14:35", false)]
    [InlineData("+01:00", false)]
    [InlineData("Z", false)]
    [InlineData("", false)]
    public void ExplicitOffset_OnlyWhenTheTextEndsInZOrAnOffset(string text, bool expected)
    {
        // Text without an offset must not reach Utf8JsonReader.TryGetDateTimeOffset, which would
        // read it in the machine's local time zone rather than UTC.
        Assert.Equal(expected, FlexibleTimestampConverter.HasExplicitOffset(Encoding.UTF8.GetBytes(text)));
    }
}
