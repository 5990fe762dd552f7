using Cxone.Emulator;
using System.Globalization;
using System.Text.Json;
using Reconciler.Cli.Tests.EndToEnd;

namespace Reconciler.Cli.Tests;

/// <summary><c>reconciler perf</c> against the emulator.</summary>
public sealed class PerfCommandTests
{
    [Fact]
    public async Task Perf_Text_TableHoldsTheAnalyticsFigures()
    {
        await using var tenant = await TenantScope.StartAsync();
        using var client = tenant.Client();
        var expected = await client.GetWidgetPerformanceAsync("w-100234", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));

        var result = await tenant.RunAsync("perf", "w-100234", "--from", "2026-10-01", "--to", "2026-10-31");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Widget w-100234, 2026-10-01 to 2026-10-31", result.Output, StringComparison.Ordinal);
        Assert.Matches($@"first paint\s+{Ms(expected.Metrics.FirstPaint)}", result.Output);
        Assert.Matches($@"theme load time\s+{Ms(expected.Metrics.ThemeLoadTime)}", result.Output);
        Assert.Matches($@"render duration\s+{Ms(expected.Metrics.RenderDuration)}", result.Output);
    }

    [Fact]
    public async Task Perf_Json_CarriesEveryMetric()
    {
        await using var tenant = await TenantScope.StartAsync();
        using var client = tenant.Client();
        var expected = await client.GetWidgetPerformanceAsync("w-200001", new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 1));

        var result = await tenant.RunAsync("perf", "w-200001", "--from", "2026-09-01", "--to", "2026-09-01", "--output", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var metrics = json.RootElement.GetProperty("metricsMs");
        Assert.Equal("w-200001", json.RootElement.GetProperty("widgetId").GetString());
        Assert.Equal(expected.Metrics.FirstPaint, metrics.GetProperty("firstPaint").GetDouble());
        Assert.Equal(expected.Metrics.ThemeLoadTime, metrics.GetProperty("themeLoadTime").GetDouble());
        Assert.Equal(expected.Metrics.RenderDuration, metrics.GetProperty("renderDuration").GetDouble());
    }

    [Theory]
    [InlineData("2026/10/01", "2026-10-31", "--from must be a date written YYYY-MM-DD")]
    [InlineData("2026-10-01", "31-10-2026", "--to must be a date written YYYY-MM-DD")]
    [InlineData("2026-02-30", "2026-03-01", "--from must be a date written YYYY-MM-DD")]
    [InlineData("2026-10-31", "2026-10-01", "--from 2026-10-31 is after --to 2026-10-01")]
    public async Task Perf_BadDates_ClearErrorAndExit1(string from, string to, string expected)
    {
        var result = await CliTester.RunAsync("perf", "w-1", "--from", from, "--to", to);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Perf_MissingTo_SaysItIsRequired()
    {
        var result = await CliTester.RunAsync("perf", "w-1", "--from", "2026-10-01");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--to", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Perf_StrictEmulatorUnknownWidget_OneLineErrorNoStackTrace()
    {
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { StrictWidgets = true, Widgets = ["w-known"], RequestLog = TextWriter.Null });
        var environment = new Dictionary<string, string>
        {
            ["CXONE_BASE_URL"] = emulator.BaseUrl.ToString(),
            ["CXONE_CLIENT_ID"] = EmulatorDefaults.ClientId,
            ["CXONE_CLIENT_SECRET"] = EmulatorDefaults.ClientSecret,
        };

        var result = await CliTester.RunAsync(environment, Path.GetTempPath(), "perf", "w-unknown", "--from", "2026-10-01", "--to", "2026-10-02");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: could not read widget performance:", result.Error.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    private static string Ms(double? value) => value!.Value.ToString("0.0", CultureInfo.InvariantCulture).Replace(".", "\\.", StringComparison.Ordinal);
}
