using Cxone.Emulator.Templates;

namespace Cxone.Emulator.Tests.Templates;

public sealed class VersionOrderTests
{
    [Theory]
    [InlineData("v2.10", "v2.9")]
    [InlineData("v10", "v9")]
    [InlineData("v2.4.1", "v2.4")]
    [InlineData("v1.0.0-20241002", "v1.0.0-20241001")]
    [InlineData("v123456789012345678901234567890", "v99")]
    [InlineData("v2", "v02")]
    [InlineData("b", "a")]
    public void Compare_LaterVersion_SortsAfter(string later, string earlier)
    {
        Assert.True(VersionOrder.Instance.Compare(later, earlier) > 0);
        Assert.True(VersionOrder.Instance.Compare(earlier, later) < 0);
    }

    [Fact]
    public void Compare_SameString_IsZero() => Assert.Equal(0, VersionOrder.Instance.Compare("v1.2", "v1.2"));

    [Fact]
    public void Sort_MixedVersions_IsNumeric()
    {
        var sorted = new[] { "v2.10", "v2.9", "v10.0", "v2.1", "v1" }.Order(VersionOrder.Instance);

        Assert.Equal(["v1", "v2.1", "v2.9", "v2.10", "v10.0"], sorted);
    }
}
