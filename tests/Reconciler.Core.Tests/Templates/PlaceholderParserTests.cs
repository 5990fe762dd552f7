using Reconciler.Core.Templates;

namespace Reconciler.Core.Tests.Templates;

public sealed class PlaceholderParserTests
{
    [Fact]
    public void Valid_TextAndPlaceholdersInOrder()
    {
        var parsed = PlaceholderParser.Parse("Hi {{customer.name}}, order {{order.id}}!");

        Assert.Empty(parsed.Errors);
        Assert.Equal(
            ["T:Hi ", "P:customer.name@3", "T:, order ", "P:order.id@28", "T:!"],
            parsed.Segments.Select(s => s switch
            {
                PlaceholderSegment p => $"P:{p.Path}@{p.Offset}",
                TextSegment t => $"T:{t.Text}",
                _ => "?",
            }));
    }

    [Theory]
    [InlineData("Hi {{customer.name}}, order {{order.id}}!")]
    [InlineData("")]
    [InlineData("plain text only")]
    [InlineData("{{a}}{{b.c}}")]
    [InlineData("{{a {{b.c}} tail")]
    [InlineData("}} {{{x}}} {{ y }} {{}} {{a..b}} {{9a}} {{a-b}} {{ok}}")]
    [InlineData("{{a}}} and {{b")]
    public void ParsePlaceholders_SamePlaceholdersAndErrorsAsParse_WithoutTheText(string content)
    {
        var full = PlaceholderParser.Parse(content);

        var placeholders = PlaceholderParser.ParsePlaceholders(content);

        Assert.Equal(full.Placeholders, placeholders.Segments);
        Assert.Equal(full.Errors, placeholders.Errors);
    }

    [Theory]
    [InlineData("{{a", "0")]
    [InlineData("text {{a.b", "5")]
    [InlineData("{{a {{b}}", "0")]
    [InlineData("{{a}} {{b", "6")]
    [InlineData("{{a {{b", "0,4")]
    public void Unclosed_ErrorAtEachOpeningThatIsNeverClosed(string content, string offsets)
    {
        var unclosed = PlaceholderParser.Parse(content).Errors.Where(e => e.Code == PlaceholderErrorCodes.Unclosed);

        Assert.Equal(offsets, string.Join(',', unclosed.Select(e => e.Offset)));
    }

    [Fact]
    public void Unclosed_ThenValid_TheValidOneStillParses()
    {
        var parsed = PlaceholderParser.Parse("{{a {{b.c}} tail");

        Assert.Equal(PlaceholderErrorCodes.Unclosed, Assert.Single(parsed.Errors).Code);
        Assert.Equal("b.c", Assert.Single(parsed.Segments.OfType<PlaceholderSegment>()).Path);
    }

    [Theory]
    [InlineData("{{ order.id}}", PlaceholderErrorCodes.Whitespace, 2, "{{order.id}}")]
    [InlineData("{{order .id}}", PlaceholderErrorCodes.Whitespace, 7, "{{order.id}}")]
    [InlineData("{{Order-ID}}", PlaceholderErrorCodes.InvalidCharacter, 2, "{{order_id}}")]
    [InlineData("{{order.2nd}}", PlaceholderErrorCodes.InvalidCharacter, 8, "{{order._2nd}}")]
    [InlineData("{{a..b}}", PlaceholderErrorCodes.Empty, 4, null)]
    [InlineData("{{}}", PlaceholderErrorCodes.Empty, 0, null)]
    public void Malformed_ErrorAtTheOffendingCharacter_WithTheSuggestedSpelling(string content, string code, int offset, string? suggestion)
    {
        var error = Assert.Single(PlaceholderParser.Parse(content).Errors);

        Assert.Equal(code, error.Code);
        Assert.Equal(offset, error.Offset);
        if (suggestion is not null)
        {
            Assert.Contains(suggestion, error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("}} stray", PlaceholderErrorCodes.MalformedBraces, 0)]
    [InlineData("{{{a}}}", PlaceholderErrorCodes.MalformedBraces, 0)]
    [InlineData("{{a}}}", PlaceholderErrorCodes.MalformedBraces, 5)]
    public void Braces_ErrorsAtExactOffsets(string content, string code, int offset)
    {
        var error = Assert.Single(PlaceholderParser.Parse(content).Errors);

        Assert.Equal(code, error.Code);
        Assert.Equal(offset, error.Offset);
    }
}
