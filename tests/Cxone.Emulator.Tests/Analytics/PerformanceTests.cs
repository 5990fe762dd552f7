using Cxone.Emulator.Tests.Support;

namespace Cxone.Emulator.Tests.Analytics;

public sealed class PerformanceTests
{
    private const string Query = "?widget_id=w-123456&start_date=2024-09-01&end_date=2024-10-01";

    [Fact]
    public async Task Performance_TutorialQuery_ReturnsThreePlausibleMetrics()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var response = await h.GetAsync(Paths.Performance + Query + "&metrics=first_paint,theme_load_time,render_duration");
        var metrics = response.Json["metrics"]!.AsObject();

        Assert.Equal(200, response.Status);
        Assert.Equal("w-123456", response.Json["widget_id"]!.GetValue<string>());
        Assert.Equal("2024-09-01", response.Json["start_date"]!.GetValue<string>());
        Assert.InRange(metrics["first_paint"]!.GetValue<double>(), 180, 900);
        Assert.InRange(metrics["theme_load_time"]!.GetValue<double>(), 40, 320);
        Assert.InRange(metrics["render_duration"]!.GetValue<double>(), 12, 140);
    }

    [Fact]
    public async Task Performance_SameQueryTwiceAndAcrossServers_IsIdentical()
    {
        await using var one = await EmulatorHarness.StartAsync();
        await using var two = await EmulatorHarness.StartAsync(o => new EmulatorOptions { TimeProvider = o.TimeProvider, RequestLog = o.RequestLog, Seed = 7 });

        var a = (await one.GetAsync(Paths.Performance + Query)).Body;
        var b = (await one.GetAsync(Paths.Performance + Query)).Body;
        var c = (await two.GetAsync(Paths.Performance + Query)).Body;
        var otherRange = (await one.GetAsync(Paths.Performance + "?widget_id=w-123456&start_date=2024-09-01&end_date=2024-09-30")).Body;

        Assert.Equal(a, b);
        Assert.Equal(a, c);
        Assert.NotEqual(a, otherRange);
    }

    [Fact]
    public async Task Performance_MetricsFilter_ReturnsOnlyThoseKeys()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var metrics = (await h.GetAsync(Paths.Performance + Query + "&metrics=theme_load_time")).Json["metrics"]!.AsObject();

        Assert.Equal(["theme_load_time"], metrics.Select(m => m.Key));
    }

    [Theory]
    [InlineData("?start_date=2024-09-01&end_date=2024-10-01", "widget_id is required")]
    [InlineData("?widget_id=w-1&start_date=2024-9-1&end_date=2024-10-01", "start_date '2024-9-1' must be a date YYYY-MM-DD")]
    [InlineData("?widget_id=w-1&start_date=2024-09-01", "end_date is required")]
    [InlineData("?widget_id=w-1&start_date=2024-10-02&end_date=2024-10-01", "is after end_date")]
    [InlineData("?widget_id=w-1&start_date=2024-09-01&end_date=2024-10-01&metrics=fps", "metric 'fps' is unknown")]
    [InlineData("?widget_id=w-1&start_date=2024-02-30&end_date=2024-10-01", "start_date")]
    public async Task Performance_BadQuery_Is400(string query, string expected)
    {
        await using var h = await EmulatorHarness.StartAsync();

        var response = await h.GetAsync(Paths.Performance + query);

        Assert.Equal(400, response.Status);
        Assert.Contains(expected, response.Message, StringComparison.Ordinal);
    }
}
