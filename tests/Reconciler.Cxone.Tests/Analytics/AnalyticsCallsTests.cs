using System.Net;
using Reconciler.Cxone.Analytics;
using Reconciler.Cxone.Tests.Fakes;

namespace Reconciler.Cxone.Tests.Analytics;

public sealed class AnalyticsCallsTests
{
    [Fact]
    public async Task GetWidgetPerformance_SendsDatesAndMetricsAsQuery()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, """{"widget_id":"w-1","start_date":"2026-01-01","end_date":"2026-01-31","metrics":{"first_paint":120.5,"render_duration":40}}""") };
        using ICxoneClient client = TestClients.Create(fake, time);

        WidgetPerformance perf = await client.GetWidgetPerformanceAsync("w-1", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), [PerformanceMetricNames.FirstPaint, PerformanceMetricNames.RenderDuration]);

        Assert.Equal(new PerformanceMetrics(120.5, null, 40), perf.Metrics);
        Assert.Equal("widget_id=w-1&start_date=2026-01-01&end_date=2026-01-31&metrics=first_paint%2Crender_duration", fake.ApiRequests[0].Query);
    }

    [Fact]
    public async Task GetWidgetPerformance_ErrorMessage_NamesCallWithoutQuery()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Error(403, "insufficient_scope", "needs analytics:read", ",\"scope\":\"analytics:read\"") };
        using ICxoneClient client = TestClients.Create(fake, time);

        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.GetWidgetPerformanceAsync("w-secret-segment", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 2)));

        Assert.Equal("GET /api/v1/analytics/webmessaging/widget-performance", ex.Call);
        Assert.DoesNotContain("w-secret-segment", ex.Message, StringComparison.Ordinal);
        Assert.Equal("analytics:read", ex.MissingScope);
    }

    [Fact]
    public async Task GetWidgetPerformance_EndBeforeStart_RejectedWithoutCalling()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        using ICxoneClient client = TestClients.Create(fake, time);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.GetWidgetPerformanceAsync("w-1", new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 1)));

        Assert.Contains("before the start date", ex.Message, StringComparison.Ordinal);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task GetWidgetPerformance_UnknownMetric_RejectedWithChoices()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        using ICxoneClient client = TestClients.Create(fake, time);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.GetWidgetPerformanceAsync("w-1", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1), ["fps"]));

        Assert.Contains("Unknown metric 'fps'", ex.Message, StringComparison.Ordinal);
        Assert.Empty(fake.Requests);
    }
}
