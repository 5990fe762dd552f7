using Cxone.Emulator.Templates;

namespace Cxone.Emulator.Tests.Templates;

public sealed class LocaleTagTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("es-419")]
    [InlineData("zh-Hant-TW")]
    [InlineData("fr")]
    [InlineData("de-CH-1996")]
    [InlineData("en-us")]
    public void IsWellFormed_ValidTag_IsTrue(string tag) => Assert.True(LocaleTag.IsWellFormed(tag));

    [Theory]
    [InlineData("en_US")]
    [InlineData("english")]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("en-")]
    [InlineData("en-USA1")]
    [InlineData("en US")]
    [InlineData(null)]
    public void IsWellFormed_MalformedTag_IsFalse(string? tag) => Assert.False(LocaleTag.IsWellFormed(tag));
}
