using Reconciler.GitHub.Markdown;

namespace Reconciler.GitHub.Tests.Markdown;

public sealed class UnifiedDiffTests
{
    [Fact]
    public void Create_EqualTexts_IsEmpty()
    {
        Assert.Equal("", UnifiedDiff.Create("a\nb\n", "a\nb\n"));
    }

    [Fact]
    public void Create_NothingLive_EveryLineIsAdded()
    {
        var diff = UnifiedDiff.Create(null, "one\ntwo");

        Assert.Equal("--- /dev/null (not in CXone)\n+++ desired (repository)\n@@ -0,0 +1,2 @@\n+one\n+two\n", diff);
    }

    [Fact]
    public void Create_OneLineChanged_ShowsItWithContext()
    {
        var live = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        var desired = "1\n2\n3\n4\nFIVE\n6\n7\n8\n9\n";

        var diff = UnifiedDiff.Create(live, desired);

        Assert.Equal("--- live (CXone)\n+++ desired (repository)\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+FIVE\n 6\n 7\n 8\n", diff);
    }

    [Fact]
    public void Create_ChangesFarApart_MakesTwoHunks()
    {
        var live = string.Join('\n', Enumerable.Range(1, 20));
        var desired = string.Join('\n', Enumerable.Range(1, 20).Select(i => i switch { 2 => "two", 19 => "nineteen", _ => i.ToString(System.Globalization.CultureInfo.InvariantCulture) }));

        var diff = UnifiedDiff.Create(live, desired);

        Assert.Equal(2, diff.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Contains("-2\n+two\n", diff, StringComparison.Ordinal);
        Assert.Contains("-19\n+nineteen\n", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_InsertionInMiddle_KeepsCommonLinesAsContext()
    {
        var diff = UnifiedDiff.Create("a\nb\nc", "a\nb\nx\nc");

        Assert.Contains("@@ -1,3 +1,4 @@\n a\n b\n+x\n c\n", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_HugeTexts_FallsBackToReplaceWithoutQuadraticMemory()
    {
        var live = string.Join('\n', Enumerable.Range(0, 5_000).Select(i => "old " + i));
        var desired = string.Join('\n', Enumerable.Range(0, 5_000).Select(i => "new " + i));

        var diff = UnifiedDiff.Create(live, desired);

        Assert.Equal(5_000, diff.Split('\n').Count(l => l.StartsWith("-old", StringComparison.Ordinal)));
        Assert.Equal(5_000, diff.Split('\n').Count(l => l.StartsWith("+new", StringComparison.Ordinal)));
    }
}
