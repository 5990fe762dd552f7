using Reconciler.Core.Yaml;

namespace Reconciler.Core.Tests.Yaml;

public sealed class ScalarOffsetMapTests
{
    /// <summary>The position of the first "{{x}}" in the value of key "c".</summary>
    private static SourcePosition PositionOfPlaceholder(string yaml)
    {
        var root = YamlDocumentReader.Read("f.yaml", yaml).Root!;
        var scalar = root.Scalar("c")!;
        var offset = scalar.Value.IndexOf("{{x}}", StringComparison.Ordinal);
        Assert.True(offset >= 0, $"value was '{scalar.Value}'");
        return scalar.PositionOf(offset);
    }

    [Fact]
    public void PositionOf_PlainScalar_IsTheSourceColumn() =>
        Assert.Equal(new SourcePosition(2, 10), PositionOfPlaceholder("a: 1\nc: hello {{x}}\n"));

    [Fact]
    public void PositionOf_SingleQuotedWithDoubledQuotes_SkipsTheEscape() =>
        // 'it''s ' is 7 source characters for 5 value characters.
        Assert.Equal(new SourcePosition(1, 11), PositionOfPlaceholder("c: 'it''s {{x}}'\n"));

    [Fact]
    public void PositionOf_DoubleQuotedWithEscapes_AccountsForEachEscape() =>
        // \t, \" and \u00e9 are 2, 2 and 6 source characters for one value character each.
        Assert.Equal(new SourcePosition(1, 18), PositionOfPlaceholder("c: \"a\\tb\\\"\\u00e9 {{x}}\"\n"));

    [Fact]
    public void PositionOf_DoubleQuotedSpanningLines_FindsTheSecondLine() =>
        Assert.Equal(new SourcePosition(2, 7), PositionOfPlaceholder("c: \"first line\n  and {{x}}\"\n"));

    [Fact]
    public void PositionOf_DoubleQuotedWithEscapedLineBreak_FindsTheSecondLine() =>
        Assert.Equal(new SourcePosition(2, 6), PositionOfPlaceholder("c: \"joined \\\n  no {{x}}\"\n"));

    [Fact]
    public void PositionOf_LiteralBlock_StripsIndentation() =>
        Assert.Equal(new SourcePosition(4, 10), PositionOfPlaceholder("c: |\n  line one\n\n  second {{x}}\n"));

    [Fact]
    public void PositionOf_FoldedBlockWithChomping_FindsTheLine() =>
        Assert.Equal(new SourcePosition(3, 10), PositionOfPlaceholder("c: >-\n    folded text\n    more {{x}} here\n"));

    [Fact]
    public void PositionOf_MultiLinePlainScalar_FindsTheContinuationLine() =>
        Assert.Equal(new SourcePosition(3, 8), PositionOfPlaceholder("c: plain\n  text\n  then {{x}}\n"));

    [Fact]
    public void PositionOf_AfterWideCharacters_CountsCodePoints() =>
        // The emoji is two UTF-16 units but one column.
        Assert.Equal(new SourcePosition(1, 7), PositionOfPlaceholder("c: \"😀 {{x}}\"\n"));

    [Fact]
    public void PositionOf_CrlfFile_SameAsLf() =>
        Assert.Equal(new SourcePosition(3, 7), PositionOfPlaceholder("a: 1\r\nb: 2\r\nc: ok {{x}}\r\n"));
}
