using Reconciler.Core.Yaml;

namespace Reconciler.Core.Tests.Yaml;

/// <summary>
/// Positions from YamlSourceText against a plain walk of the text, asked for in document order
/// (as the tree builder does), backwards, jumping about, and from several threads at once.
/// </summary>
public sealed class YamlSourceTextTests
{
    public static TheoryData<string> Texts => new()
    {
        "",
        "\n",
        "\n\n\n",
        "a: 1",
        "a: 1\n",
        "a: 1\nb: 2\n\n\nc: [1, 2]\n",
        "😀: x\nb: 😀😀\n\n😀\n",
        "key: value\n" + string.Concat(Enumerable.Repeat("\n", 20)) + "last: 1",
        string.Concat(Enumerable.Range(0, 300).Select(i => new string('x', i % 7) + "\n")),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void PositionOf_InDocumentOrder_MatchesAWalkOfTheText(string text)
    {
        var source = new YamlSourceText(text);

        for (var index = 0; index <= text.Length; index++)
        {
            Assert.Equal(Walk(text, index), source.PositionOf(index));
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void PositionOf_BackwardsAndJumping_MatchesAWalkOfTheText(string text)
    {
        var source = new YamlSourceText(text);
        var random = new Random(text.Length);

        for (var index = text.Length; index >= 0; index--)
        {
            Assert.Equal(Walk(text, index), source.PositionOf(index));
        }

        for (var i = 0; i < 500; i++)
        {
            var index = random.Next(text.Length + 1);
            Assert.Equal(Walk(text, index), source.PositionOf(index));
        }
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void PositionOf_OutsideTheText_IsClampedToItsEnds(int index)
    {
        const string Text = "a: 1\nb: 2";
        var source = new YamlSourceText(Text);

        Assert.Equal(Walk(Text, Math.Clamp(index, 0, Text.Length)), source.PositionOf(index));
    }

    [Fact]
    public void PositionOf_SharedBetweenThreads_EveryAnswerMatchesAWalk()
    {
        var text = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"k{i}: {new string('v', i % 13)}\n"));
        var source = new YamlSourceText(text);
        var expected = Enumerable.Range(0, text.Length + 1).Select(i => Walk(text, i)).ToArray();

        Parallel.For(0, 8, worker =>
        {
            var random = new Random(worker);
            for (var i = 0; i < 20_000; i++)
            {
                var index = worker % 2 == 0 ? (i * 7) % (text.Length + 1) : random.Next(text.Length + 1);
                Assert.Equal(expected[index], source.PositionOf(index));
            }
        });
    }

    /// <summary>Line and code-point column by walking from the start: slow, plainly right.</summary>
    private static SourcePosition Walk(string text, int index)
    {
        int line = 1, column = 1;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else if (!char.IsLowSurrogate(text[i]))
            {
                column++;
            }
        }

        return new SourcePosition(line, column);
    }
}
