using Reconciler.Preview.Rendering;

namespace Reconciler.Preview.Tests.Rendering;

public sealed class CssValuesTests
{
    [Theory]
    [InlineData("#1A1A1A", "#1a1a1a")]
    [InlineData("#00e676", "#00e676")]
    public void Colour_HexColour_ReturnsLowerCase(string value, string expected) =>
        Assert.Equal(expected, CssValues.Colour(value));

    [Theory]
    [InlineData("red")]
    [InlineData("#FFF")]
    [InlineData("#FFFFFF; } body { display:none")]
    [InlineData("#GGGGGG")]
    [InlineData("")]
    public void Colour_NotHex_Throws(string value) =>
        Assert.Throws<FormatException>(() => CssValues.Colour(value));

    [Fact]
    public void FontFamily_PlainName_IsQuotedBeforeFallbacks() =>
        Assert.Equal("\"Source Sans Pro\", " + CssValues.FallbackFonts, CssValues.FontFamily("Source Sans Pro"));

    [Theory]
    [InlineData("Inter;}</style><script>alert(1)</script>")]
    [InlineData("Inter\"; background: url(x)")]
    [InlineData("Inter\\\" }")]
    [InlineData("a{}b<>'\"();:/\\")]
    public void FontFamily_HostileText_CannotLeaveTheQuotedName(string family)
    {
        var css = CssValues.FontFamily(family);
        var name = css[..^(", " + CssValues.FallbackFonts).Length];

        Assert.StartsWith("\"", name, StringComparison.Ordinal);
        Assert.EndsWith("\"", name, StringComparison.Ordinal);
        Assert.DoesNotMatch("[;{}<>'\\\\():/]", name);
        Assert.Equal(2, name.Count(c => c == '"'));
    }

    [Fact]
    public void FontFamily_OnlySymbols_FallsBackToSystemFonts() =>
        Assert.Equal(CssValues.FallbackFonts, CssValues.FontFamily("<>;{}"));

    [Theory]
    [InlineData(8, "8px")]
    [InlineData(-3, "0px")]
    [InlineData(99, "16px")]
    public void Pixels_OutOfRange_IsClamped(int value, string expected) =>
        Assert.Equal(expected, CssValues.Pixels(value, 0, 16));
}
