using Reconciler.GitHub.Markdown;

namespace Reconciler.GitHub.Tests.Markdown;

public sealed class CodeFenceTests
{
    [Fact]
    public void Wrap_PlainText_UsesThreeBackticks()
    {
        Assert.Equal("```diff\n+hello\n```", CodeFence.Wrap("+hello\n", "diff"));
    }

    [Theory]
    [InlineData("```", 4)]
    [InlineData("a ```` b", 5)]
    [InlineData("`x` and ``y``", 3)]
    public void Wrap_BacktickRunsInContent_FenceIsLongerThanAnyRun(string content, int expectedFence)
    {
        var wrapped = CodeFence.Wrap(content, "");

        var fence = new string('`', expectedFence);
        Assert.StartsWith(fence + "\n", wrapped, StringComparison.Ordinal);
        Assert.EndsWith("\n" + fence, wrapped, StringComparison.Ordinal);
        Assert.False(wrapped.StartsWith(fence + "`", StringComparison.Ordinal));
    }

    [Fact]
    public void Wrap_ContentWithMarker_MarkerIsNeutralized()
    {
        var wrapped = CodeFence.Wrap(ReportMarkers.Plan, "diff");

        Assert.DoesNotContain(ReportMarkers.Plan, wrapped, StringComparison.Ordinal);
    }
}
