using Reconciler.Core.Versions;

namespace Reconciler.Core.Tests.Versions;

public sealed class VersionNumberTests
{
    [Theory]
    [InlineData("v2.4", new long[] { 2, 4 }, true)]
    [InlineData("2.10.1", new long[] { 2, 10, 1 }, false)]
    [InlineData("v1.2.0", new long[] { 1, 2, 0 }, true)]
    [InlineData("V3", new long[] { 3 }, true)]
    [InlineData("1.2.3.4", new long[] { 1, 2, 3, 4 }, false)]
    public void TryParse_Valid_ReadsComponents(string text, long[] components, bool prefixed)
    {
        Assert.True(VersionNumber.TryParse(text, out var version));
        Assert.Equal(components, version!.Components);
        Assert.Equal(prefixed, version.HasPrefix);
        Assert.Equal(text, version.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v")]
    [InlineData("v2.")]
    [InlineData(".2")]
    [InlineData("v2..4")]
    [InlineData("2.x")]
    [InlineData("1.2.3.4.5")]
    [InlineData("v-1")]
    [InlineData("v 2")]
    [InlineData("1234567890")]
    [InlineData("２.４")]
    public void TryParse_Invalid_ReturnsFalse(string? text) => Assert.False(VersionNumber.TryParse(text, out _));

    [Theory]
    [InlineData("v2.10", "v2.9")]
    [InlineData("v10", "v9.99")]
    [InlineData("2.4.1", "v2.4")]
    [InlineData("v1.0.10", "v1.0.9")]
    public void CompareTo_Numeric_LeftIsGreater(string greater, string smaller)
    {
        var a = VersionNumber.Parse(greater);
        var b = VersionNumber.Parse(smaller);

        Assert.True(a > b);
        Assert.True(b < a);
        Assert.True(a.CompareTo(b) > 0);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Equals_TrailingZerosAndPrefix_AreTheSameVersion()
    {
        Assert.Equal(VersionNumber.Parse("v2.4"), VersionNumber.Parse("2.4.0"));
        Assert.Equal(VersionNumber.Parse("v2.4").GetHashCode(), VersionNumber.Parse("2.4.0").GetHashCode());
        Assert.True(VersionNumber.Parse("v2.4") >= VersionNumber.Parse("2.4.0"));
    }

    [Theory]
    [InlineData("v2.4", "v2.5")]
    [InlineData("v2.9", "v2.10")]
    [InlineData("1.2.0", "1.2.1")]
    [InlineData("V7", "V8")]
    public void Next_BumpsTheLastComponentKeepingTheStyle(string current, string next) =>
        Assert.Equal(next, VersionNumber.Parse(current).Next().Text);

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionWithHint() =>
        Assert.Contains("v2.4", Assert.Throws<FormatException>(() => VersionNumber.Parse("latest")).Message, StringComparison.Ordinal);
}
