using Reconciler.Core.Content;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Tests.Support;

namespace Reconciler.Core.Tests.Widgets;

public sealed class WidgetRulesTests
{
    [Fact]
    public void Validate_SampleWidget_IsClean() => Check.Clean(Check.Widget(Samples.Widget));

    [Fact]
    public void Validate_WeightsNotSummingToOne_ErrorAtAssignments()
    {
        var d = Check.Single(Check.Widget(Samples.Widget.Replace("0.3", "0.2", StringComparison.Ordinal)), DiagnosticCodes.WeightSum, Severity.Error, 2, 1);

        Assert.Contains("sum to 0.9", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TenthsThatFloatingPointGetsWrong_SumExactlyToOne()
    {
        // 0.1 + 0.2 + 0.7 is 0.9999999999999999 in binary floating point; decimals make it exact.
        var text = """
            widgetId: w-1
            assignments:
              - { theme: dark, trafficWeight: 0.1 }
              - { theme: dark, segmentId: seg-a, trafficWeight: 0.2 }
              - { theme: dark, segmentId: seg-b, trafficWeight: 0.7 }

            """;

        Check.Clean(Check.Widget(text, "widgets/w-1.yaml"));
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.5")]
    public void Validate_WeightOutsideZeroToOne_ErrorAtTheWeight(string weight)
    {
        var diagnostics = Check.Widget(Samples.Widget.Replace("0.7", weight, StringComparison.Ordinal));

        Check.Single(diagnostics, DiagnosticCodes.WeightRange, Severity.Error, 3);
        Check.None(diagnostics, DiagnosticCodes.WeightSum);
    }

    [Fact]
    public void Validate_UnknownTheme_ErrorListingKnownThemes()
    {
        var d = Check.Single(Check.Widget(Samples.Widget.Replace("theme: dark, geo", "theme: light, geo", StringComparison.Ordinal)), DiagnosticCodes.UnknownTheme, Severity.Error, 4, 14);

        Assert.Contains("themes/light.yaml", d.Message, StringComparison.Ordinal);
        Assert.Contains("known themes: dark", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ThemeFileThatIsBroken_IsStillKnown()
    {
        var source = new InMemorySource()
            .Add("themes/dark.yaml", "name: [broken\n")
            .Add("widgets/w-123456.yaml", Samples.Widget);

        var diagnostics = Check.Run(source);

        Check.None(diagnostics, DiagnosticCodes.UnknownTheme);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.YamlSyntax);
    }

    [Theory]
    [InlineData("segmentId: premium", DiagnosticCodes.InvalidSegment)]
    [InlineData("segmentId: seg-Premium", DiagnosticCodes.InvalidSegment)]
    [InlineData("segmentId: seg--x", DiagnosticCodes.InvalidSegment)]
    public void Validate_MalformedSegment_Error(string replacement, string code) =>
        Check.Single(Check.Widget(Samples.Widget.Replace("segmentId: seg-premium", replacement, StringComparison.Ordinal)), code, Severity.Error, 3, 31);

    [Theory]
    [InlineData("us-east")]
    [InlineData("USEAST")]
    [InlineData("US_EAST")]
    public void Validate_MalformedGeoRegion_Error(string region) =>
        Check.Single(Check.Widget(Samples.Widget.Replace("US-EAST", region, StringComparison.Ordinal)), DiagnosticCodes.InvalidGeoRegion, Severity.Error, 4, 31);

    [Theory]
    [InlineData("EU-WEST")]
    [InlineData("APAC-SG-1")]
    public void Validate_WellFormedGeoRegion_Accepted(string region) =>
        Check.Clean(Check.Widget(Samples.Widget.Replace("US-EAST", region, StringComparison.Ordinal)));

    [Theory]
    [InlineData("w_123456")]
    [InlineData("\"123456\"")]
    [InlineData("w-ABC")]
    public void Validate_MalformedWidgetId_Error(string id) =>
        Check.Single(Check.Widget(Samples.Widget.Replace("w-123456", id, StringComparison.Ordinal)), DiagnosticCodes.InvalidWidgetId, Severity.Error, 1, 11);

    [Fact]
    public void Validate_DuplicateWidgetId_ErrorInTheSecondFile()
    {
        var source = new InMemorySource()
            .Add("themes/dark.yaml", Samples.Theme)
            .Add("widgets/a.yaml", Samples.Widget)
            .Add("widgets/b.yaml", Samples.Widget);

        var d = Check.Single(Check.Run(source), DiagnosticCodes.DuplicateWidgetId, Severity.Error, 1);
        Assert.Equal("widgets/b.yaml", d.File);
    }

    [Fact]
    public void Validate_NoAssignments_Error() =>
        Check.Single(Check.Widget("widgetId: w-1\nassignments: []\n"), DiagnosticCodes.NoAssignments, Severity.Error, 2, 1);

    [Fact]
    public void Validate_RepeatedAssignment_Error() =>
        Check.Single(Check.Widget(Samples.Widget.Replace("geoRegion: US-EAST", "segmentId: seg-premium", StringComparison.Ordinal)), DiagnosticCodes.DuplicateAssignment, Severity.Error, 4);

    [Fact]
    public void Load_Widget_KeepsWeightsExactlyAsWritten()
    {
        var content = ContentLoader.Load(new InMemorySource().Add("widgets/w.yaml", Samples.Widget));

        Assert.Equal([0.7m, 0.3m], content.Widgets.Single().Assignments.Select(a => a.TrafficWeight));
    }
}
