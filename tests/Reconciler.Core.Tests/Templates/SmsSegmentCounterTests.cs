using Reconciler.Core.Templates;

namespace Reconciler.Core.Tests.Templates;

public sealed class SmsSegmentCounterTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    [InlineData(459, 3)]
    public void Measure_Gsm7_160ThenPartsOf153(int length, int segments)
    {
        var measure = SmsSegmentCounter.Measure(new string('a', length));

        Assert.Equal((SmsEncoding.Gsm7, length, segments), (measure.Encoding, measure.Units, measure.Segments));
    }

    [Theory]
    [InlineData("^{}\\[~]|€")]
    public void Measure_ExtensionCharacters_CountTwice(string characters)
    {
        foreach (var c in characters)
        {
            Assert.Equal(2, SmsSegmentCounter.Measure(c.ToString()).Units);
        }
    }

    [Fact]
    public void Measure_BasicSetAccentsAndGreek_StayGsm7()
    {
        var measure = SmsSegmentCounter.Measure("Café Ñoño ΔΦΓ £$¥ èéùìò Ç ÄÖÜ äöüà ¿¡ @");

        Assert.Equal(SmsEncoding.Gsm7, measure.Encoding);
        Assert.Null(measure.FirstNonGsmCharacter);
    }

    [Theory]
    [InlineData("ç")]   // only the capital Ç is in GSM 03.38
    [InlineData("ж")]
    [InlineData("`")]
    [InlineData("’")]   // a curly apostrophe, a common accident
    public void Measure_CharacterOutsideGsm7_SwitchesToUcs2(string character)
    {
        var measure = SmsSegmentCounter.Measure("Hello " + character);

        Assert.Equal(SmsEncoding.Ucs2, measure.Encoding);
        Assert.Equal(character, measure.FirstNonGsmCharacter);
    }

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void Measure_Ucs2_70ThenPartsOf67(int length, int segments) =>
        Assert.Equal(segments, SmsSegmentCounter.Measure(new string('ж', length)).Segments);

    [Fact]
    public void Measure_Emoji_CountsTwoUnitsAndIsNeverSplit()
    {
        // 33 emoji = 66 units fit in one part of 67; a 34th would straddle, so it starts part two.
        var text = "a" + string.Concat(Enumerable.Repeat("😀", 35));

        var measure = SmsSegmentCounter.Measure(text);

        Assert.Equal(71, measure.Units);
        Assert.Equal(2, measure.Segments);
    }

    [Fact]
    public void Measure_EscapePairAtAPartBoundary_MovesToTheNextPart()
    {
        // 152 septets then '€' (2): the pair cannot split across 153, so 3 parts instead of 2.
        var text = new string('a', 152) + "€" + new string('a', 152);

        Assert.Equal(3, SmsSegmentCounter.Measure(text).Segments);
    }
}
