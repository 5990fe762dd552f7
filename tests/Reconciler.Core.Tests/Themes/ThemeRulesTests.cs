using Reconciler.Core.Diagnostics;
using Reconciler.Core.Tests.Support;

namespace Reconciler.Core.Tests.Themes;

public sealed class ThemeRulesTests
{
    [Fact]
    public void Validate_SampleTheme_IsClean() => Check.Clean(Check.Theme(Samples.Theme));

    [Theory]
    [InlineData("backgroundColor: red", 3, 18)]
    [InlineData("backgroundColor: \"#12345\"", 3, 18)]
    [InlineData("primaryColor: \"#GGGGGG\"", 4, 15)]
    public void Validate_NotAColour_Error(string line, int at, int column)
    {
        var d = Check.Single(Check.Theme(Check.Edit(Samples.Theme, line.Split(':')[0] + ":", line)), DiagnosticCodes.InvalidColour, Severity.Error, at, column);
        Assert.Contains("#RRGGBB", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LowercaseHexColour_Accepted() =>
        Check.Clean(Check.Theme(Check.Edit(Samples.Theme, "primaryColor:", "primaryColor: \"#00e676\"")));

    [Theory]
    [InlineData(11, true)]
    [InlineData(12, false)]
    [InlineData(24, false)]
    [InlineData(25, true)]
    public void Validate_FontSize_Range(int size, bool fails)
    {
        var diagnostics = Check.Theme(Check.Edit(Samples.Theme, "font:", $"font: {{ family: Inter, sizePx: {size}, weight: 500, color: \"#FFFFFF\" }}"));

        if (fails)
        {
            Check.Single(diagnostics, DiagnosticCodes.FontSize, Severity.Error, 5, 32);
        }
        else
        {
            Check.None(diagnostics, DiagnosticCodes.FontSize);
        }
    }

    [Theory]
    [InlineData(450, true)]
    [InlineData(0, true)]
    [InlineData(1000, true)]
    [InlineData(100, false)]
    [InlineData(900, false)]
    public void Validate_FontWeight_StepsOf100(int weight, bool fails)
    {
        var diagnostics = Check.Theme(Check.Edit(Samples.Theme, "font:", $"font: {{ family: Inter, sizePx: 14, weight: {weight}, color: \"#FFFFFF\" }}"));

        if (fails)
        {
            Check.Single(diagnostics, DiagnosticCodes.FontWeight, Severity.Error, 5);
        }
        else
        {
            Check.None(diagnostics, DiagnosticCodes.FontWeight);
        }
    }

    [Fact]
    public void Validate_EmptyFontFamily_Error() =>
        Check.Single(Check.Theme(Check.Edit(Samples.Theme, "font:", "font: { family: \"\", sizePx: 14, weight: 500, color: \"#FFFFFF\" }")),
            DiagnosticCodes.FontFamily, Severity.Error, 5);

    [Fact]
    public void Validate_NoButtons_Error() =>
        Check.Single(Check.Theme(Samples.Theme.Replace("buttons:\n", "buttons: []\n", StringComparison.Ordinal)
            .Replace("  - { label: Start Chat, color: \"#00E676\", textColor: \"#000000\", position: center }\n", string.Empty, StringComparison.Ordinal)
            .Replace("  - { label: FAQ, color: \"#2C2C2C\", textColor: \"#E0E0E0\", position: left, iconUrl: \"https://cdn.example.com/i.svg\" }\n", string.Empty, StringComparison.Ordinal)),
            DiagnosticCodes.ButtonCount, Severity.Error, 6);

    [Fact]
    public void Validate_FourButtons_Error()
    {
        const string Button = "  - { label: More, color: \"#FFFFFF\", textColor: \"#000000\", position: right }\n";
        var text = Samples.Theme.Replace("borderRadiusPx:", Button + Button + "borderRadiusPx:", StringComparison.Ordinal);

        var d = Check.Single(Check.Theme(text), DiagnosticCodes.ButtonCount, Severity.Error, 6);
        Assert.Contains("4 buttons", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("This label is far too long for any button")]
    public void Validate_ButtonLabelLength_Error(string label) =>
        Check.Single(Check.Theme(Samples.Theme.Replace("label: FAQ", $"label: {label}", StringComparison.Ordinal)), DiagnosticCodes.ButtonLabel, Severity.Error, 8);

    [Fact]
    public void Validate_ButtonPosition_Error()
    {
        var d = Check.Single(Check.Theme(Samples.Theme.Replace("position: left", "position: middle", StringComparison.Ordinal)), DiagnosticCodes.ButtonPosition, Severity.Error, 8);
        Assert.Contains("left, right or center", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://cdn.example.com/i.svg")]
    [InlineData("cdn.example.com/i.svg")]
    [InlineData("javascript:alert(1)")]
    public void Validate_IconUrlNotHttps_Error(string url) =>
        Check.Single(Check.Theme(Samples.Theme.Replace("https://cdn.example.com/i.svg", url, StringComparison.Ordinal)), DiagnosticCodes.IconUrl, Severity.Error, 8);

    [Theory]
    [InlineData("borderRadiusPx: 17", DiagnosticCodes.BorderRadius, 9)]
    [InlineData("borderRadiusPx: -1", DiagnosticCodes.BorderRadius, 9)]
    [InlineData("maxWidthPx: 279", DiagnosticCodes.MaxWidth, 10)]
    [InlineData("maxWidthPx: 421", DiagnosticCodes.MaxWidth, 10)]
    [InlineData("maxWidthPx: 99999999999999", DiagnosticCodes.MaxWidth, 10)]
    [InlineData("name: Ab", DiagnosticCodes.ThemeName, 1)]
    [InlineData("versionTag: latest", DiagnosticCodes.InvalidVersionTag, 2)]
    public void Validate_OutOfRange_Error(string line, string code, int at) =>
        Check.Single(Check.Theme(Check.Edit(Samples.Theme, line.Split(':')[0] + ":", line)), code, Severity.Error, at);

    [Theory]
    [InlineData("borderRadiusPx: 0")]
    [InlineData("borderRadiusPx: 16")]
    [InlineData("maxWidthPx: 280")]
    [InlineData("maxWidthPx: 420")]
    [InlineData("name: Abc")]
    public void Validate_RangeBoundaries_Accepted(string line) =>
        Check.Clean(Check.Theme(Check.Edit(Samples.Theme, line.Split(':')[0] + ":", line)));
}
