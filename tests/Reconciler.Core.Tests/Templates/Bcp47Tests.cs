using Reconciler.Core.Templates;

namespace Reconciler.Core.Tests.Templates;

public sealed class Bcp47Tests
{
    [Theory]
    [InlineData("en")]
    [InlineData("en-US")]
    [InlineData("es-419")]
    [InlineData("zh-Hant-TW")]
    [InlineData("sr-Latn-RS")]
    [InlineData("de-CH-1901")]
    [InlineData("sl-rozaj-biske")]
    [InlineData("zh-yue-HK")]
    [InlineData("en-US-u-ca-gregory")]
    [InlineData("en-x-private")]
    [InlineData("x-whatever")]
    [InlineData("i-klingon")]
    [InlineData("en-us")]
    public void IsWellFormed_ValidTags_True(string tag) => Assert.True(Bcp47.IsWellFormed(tag));

    [Theory]
    [InlineData("en_us")]
    [InlineData("english")]
    [InlineData("e")]
    [InlineData("en-")]
    [InlineData("-en")]
    [InlineData("en--US")]
    [InlineData("en-US-")]
    [InlineData("")]
    [InlineData(" en")]
    [InlineData("en-USA1")]
    [InlineData("en-u")]
    [InlineData("abcd")]
    [InlineData("12-US")]
    [InlineData("en-Latn-Cyrl")]
    public void IsWellFormed_MalformedTags_False(string tag) => Assert.False(Bcp47.IsWellFormed(tag));

    [Theory]
    [InlineData("en_us", "en-US")]
    [InlineData("zh_hant_tw", "zh-Hant-TW")]
    [InlineData("english", null)]
    public void Suggest_CommonMistakes_CanonicalSpelling(string tag, string? suggestion) => Assert.Equal(suggestion, Bcp47.Suggest(tag));
}
