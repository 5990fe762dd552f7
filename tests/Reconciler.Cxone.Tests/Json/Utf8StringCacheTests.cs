using System.Text;
using System.Text.Json;
using Reconciler.Cxone.Json;

namespace Reconciler.Cxone.Tests.Json;

public sealed class Utf8StringCacheTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("")]
    [InlineData("zh-Hant-TW")]
    [InlineData("ÄÖÜ é 日本 😀")]
    [InlineData("exactly sixty-four bytes long, which is the longest looked up..")]
    [InlineData("sixty-five bytes long, one more than the longest that is looked up")]
    [InlineData("日本語のテンプレート名前がとても長いのでキャッシュには入らない")]
    public void Get_AnyValue_ReadsAsTheReaderDoes(string text)
    {
        var cache = new Utf8StringCache();

        Assert.Equal(text, Read(cache, text));
        Assert.Equal(text, Read(cache, text));
    }

    [Fact]
    public void Get_SameShortValueTwice_ReturnsOneInstance()
    {
        var cache = new Utf8StringCache();

        Assert.Same(Read(cache, "whatsapp"), Read(cache, "whatsapp"));
        Assert.NotSame(Read(cache, "whatsapp"), Read(cache, "sms"));
    }

    [Fact]
    public void Get_LongValue_NotLookedUp()
    {
        var cache = new Utf8StringCache();
        string text = new('x', 65);

        Assert.NotSame(Read(cache, text), Read(cache, text));
    }

    [Fact]
    public void Get_EscapedValue_UnescapedAndNeverConfusedWithItsSpelling()
    {
        var cache = new Utf8StringCache();

        Assert.Equal("en-US", ReadJson(cache, "\"en-\\u0055S\""));
        Assert.Equal("en-\\u0055S", ReadJson(cache, "\"en-\\\\u0055S\""));
        Assert.Equal("en-US", ReadJson(cache, "\"en-US\""));
    }

    [Fact]
    public void Get_MoreDistinctValuesThanItKeeps_StillReadsEachCorrectly()
    {
        var cache = new Utf8StringCache();

        for (var i = 0; i < 10_000; i++)
        {
            Assert.Equal($"value-{i}", Read(cache, $"value-{i}"));
        }

        Assert.Equal("value-9999", Read(cache, "value-9999"));
        Assert.Same(Read(cache, "value-1"), Read(cache, "value-1"));
    }

    [Fact]
    public void Get_TextThatIsNotUtf8_FailsAsTheReaderDoes()
    {
        byte[] json = [(byte)'"', (byte)'a', 0xC3, (byte)'"'];
        var cache = new Utf8StringCache();

        Assert.ThrowsAny<InvalidOperationException>(() =>
        {
            var reader = new Utf8JsonReader(json);
            reader.Read();
            return cache.Get(ref reader);
        });
    }

    private static string Read(Utf8StringCache cache, string text) => ReadJson(cache, JsonSerializer.Serialize(text));

    private static string ReadJson(Utf8StringCache cache, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return cache.Get(ref reader);
    }
}
