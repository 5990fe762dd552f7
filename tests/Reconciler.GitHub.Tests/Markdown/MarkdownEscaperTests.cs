using Reconciler.GitHub.Markdown;

namespace Reconciler.GitHub.Tests.Markdown;

public sealed class MarkdownEscaperTests
{
    [Theory]
    [InlineData("<img src=x onerror=alert(1)>", "<")]
    [InlineData("](javascript:alert(1))", "](")]
    [InlineData("| col |", "|")]
    [InlineData("```", "`")]
    [InlineData("<!-- cxone-reconciler:report -->", "<!--")]
    [InlineData("</details>", "</")]
    [InlineData("**bold** _it_ ~~strike~~", "*")]
    [InlineData("# heading", "# h")]
    [InlineData("$x^2$", "$")]
    public void Inline_HostileText_LeavesNoActiveCharacter(string hostile, string forbidden)
    {
        var escaped = MarkdownEscaper.Inline(hostile);

        Assert.DoesNotContain(forbidden, escaped, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_Mention_GetsZeroWidthSpaceSoNobodyIsNotified()
    {
        Assert.Equal("@&#8203;everyone", MarkdownEscaper.Inline("@everyone"));
    }

    [Fact]
    public void Inline_Newlines_BecomeLineBreaksSoATableRowStaysOneLine()
    {
        var escaped = MarkdownEscaper.Inline("one\r\ntwo\nthree\rfour");

        Assert.Equal("one<br>two<br>three<br>four", escaped);
    }

    [Fact]
    public void Inline_PlainText_IsUnchanged()
    {
        Assert.Equal("Welcome, dear customer. Order 42 ships today.", MarkdownEscaper.Inline("Welcome, dear customer. Order 42 ships today."));
    }

    [Fact]
    public void Inline_BidiOverride_IsShownNotObeyed()
    {
        var escaped = MarkdownEscaper.Inline("abc\u202Edef");

        Assert.Equal("abcU+202Edef", escaped);
    }

    [Fact]
    public void Inline_NullOrEmpty_IsEmpty()
    {
        Assert.Equal("", MarkdownEscaper.Inline(null));
        Assert.Equal("", MarkdownEscaper.Inline(""));
    }

    [Fact]
    public void Inline_WithMaxChars_CutsRawTextBeforeEscapingAndMarksTheCut()
    {
        var escaped = MarkdownEscaper.Inline("&&&&&&&&&&", 3);

        Assert.Equal("&amp;&amp;&amp;…", escaped);
    }

    [Fact]
    public void Inline_WithMaxChars_NeverSplitsASurrogatePair()
    {
        var escaped = MarkdownEscaper.Inline("ab😀cd", 3);

        Assert.Equal("ab…", escaped);
    }

    [Fact]
    public void NeutralizeMarkers_MarkerInText_NoLongerMatchesTheMarker()
    {
        var text = "before " + ReportMarkers.Plan + " after " + ReportMarkers.Apply.ToUpperInvariant();

        var neutralized = MarkdownEscaper.NeutralizeMarkers(text);

        Assert.DoesNotContain(ReportMarkers.Plan, neutralized, StringComparison.Ordinal);
        Assert.DoesNotContain("cxone-reconciler:", neutralized, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(text, neutralized.Replace("\u200B", "", StringComparison.Ordinal));
    }
}
