using Reconciler.Core.Diagnostics;
using Reconciler.Core.Tests.Support;
using Reconciler.Core.Themes;

namespace Reconciler.Core.Tests.Themes;

public sealed class ContrastRulesTests
{
    private static string Body(string color, string background, int size = 14, int weight = 500) =>
        Check.Edit(
            Check.Edit(Samples.Theme, "font:", $"font: {{ family: Inter, sizePx: {size}, weight: {weight}, color: \"{color}\" }}"),
            "backgroundColor:", $"backgroundColor: \"{background}\"");

    [Fact]
    public void Validate_WhiteOnWhiteBody_ErrorWithTheRatio()
    {
        var d = Check.Single(Check.Theme(Body("#FFFFFF", "#FFFFFF")), DiagnosticCodes.BodyContrast, Severity.Error, 5, 56);

        Assert.Contains("1.00:1", d.Message, StringComparison.Ordinal);
        Assert.Contains("4.5:1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BodyJustBelow4Point5_ErrorEvenThoughItRoundsTo4Point5()
    {
        // #777777 on white is 4.4783:1, which a rounding checker would print as 4.5.
        Assert.InRange(WcagContrast.Ratio("#777777", "#FFFFFF"), 4.47, 4.49);

        var d = Check.Single(Check.Theme(Body("#777777", "#FFFFFF", size: 16, weight: 400)), DiagnosticCodes.BodyContrast, Severity.Error, 5);
        Assert.Contains("4.47:1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BodyAt4Point5_Accepted()
    {
        Assert.True(WcagContrast.Ratio("#767676", "#FFFFFF") >= 4.5);

        Check.Clean(Check.Theme(Body("#767676", "#FFFFFF", size: 16, weight: 400)));
    }

    [Theory]
    [InlineData(24, 400)] // 24px ≥ 18pt
    [InlineData(19, 700)] // ≥ 14pt (18.67px) and bold
    public void Validate_LargeTextAt3To1_Accepted(int size, int weight)
    {
        // #949494 on white is about 3.03:1: enough for large text only.
        Check.Clean(Check.Theme(Body("#949494", "#FFFFFF", size, weight)));
    }

    [Theory]
    [InlineData(18, 700)] // 18px bold is below 14pt
    [InlineData(23, 600)] // not bold, below 18pt
    public void Validate_NotLargeEnoughAt3To1_Error(int size, int weight)
    {
        var d = Check.Single(Check.Theme(Body("#949494", "#FFFFFF", size, weight)), DiagnosticCodes.BodyContrast, Severity.Error, 5);
        Assert.Contains("normal text", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LargeTextBelow3To1_Error()
    {
        var d = Check.Single(Check.Theme(Body("#AAAAAA", "#FFFFFF", 24, 700)), DiagnosticCodes.BodyContrast, Severity.Error, 5);
        Assert.Contains("3.0:1 for large text", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ButtonTextOnButtonColourBelow4Point5_Error()
    {
        var text = Samples.Theme.Replace("textColor: \"#E0E0E0\"", "textColor: \"#555555\"", StringComparison.Ordinal);

        var d = Check.Single(Check.Theme(text), DiagnosticCodes.ButtonContrast, Severity.Error, 8, 48);
        Assert.Contains("Button 'FAQ'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ButtonContrast_IgnoresTheLargeFontRelief()
    {
        // Large body font, but buttons still need 4.5:1 (documented choice).
        var text = Body("#FFFFFF", "#1A1A1A", 24, 700).Replace("textColor: \"#000000\"", "textColor: \"#949494\"", StringComparison.Ordinal)
            .Replace("color: \"#00E676\", textColor", "color: \"#FFFFFF\", textColor", StringComparison.Ordinal);

        Check.Single(Check.Theme(text), DiagnosticCodes.ButtonContrast, Severity.Error, 7);
    }

    [Fact]
    public void Validate_InvalidColour_SkipsContrastInsteadOfCrashing()
    {
        var diagnostics = Check.Theme(Body("red", "#FFFFFF"));

        Check.Single(diagnostics, DiagnosticCodes.InvalidColour, Severity.Error, 5);
        Check.None(diagnostics, DiagnosticCodes.BodyContrast);
    }
}
