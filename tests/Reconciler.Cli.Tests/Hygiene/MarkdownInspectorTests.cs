namespace Reconciler.Cli.Tests.Hygiene;

/// <summary>The inspector the escaping tests rely on finds each kind of injection it claims to.</summary>
public sealed class MarkdownInspectorTests
{
    [Fact]
    public void Problems_EscapedTextAndHostileCode_NoProblems()
    {
        var body = string.Join('\n',
            "<!-- cxone-reconciler:report -->",
            "| a | b |",
            "| --- | --- |",
            "| &lt;script&gt; @&#8203;everyone &#35;1 &#124; | [x](https://example.com/a%20b) |",
            "<details><summary>diff</summary>",
            "````diff",
            "+<script>alert(1)</script> @everyone #1 | x",
            "+```",
            "````",
            "</details>");

        Assert.Empty(MarkdownInspector.Read(body).Problems());
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "raw <script> tag")]
    [InlineData("<img src=x onerror=alert(1)>", "raw <img> tag")]
    [InlineData("[x](javascript:alert(1))", "javascript: link")]
    [InlineData("[x](http://example.com)", "link to something other than a plain https URL")]
    [InlineData("hello @everyone", "live @mention")]
    [InlineData("see #123", "live #reference")]
    [InlineData("| one | two | three |", "table row with 3 cells under a 2-cell header")]
    [InlineData("<!-- hidden", "2 HTML comments outside code")]
    [InlineData("abc\u202Edef", "bidi control character")]
    [InlineData("```\nabc\u202Edef\n```", "bidi control character in code")]
    public void Problems_InjectionOutsideCode_IsNamed(string line, string expected)
    {
        var body = "<!-- cxone-reconciler:report -->\n| a | b |\n| --- | --- |\n" + line + "\n";

        Assert.Contains(MarkdownInspector.Read(body).Problems(), p => p.StartsWith(expected, StringComparison.Ordinal));
    }
}
