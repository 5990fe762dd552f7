using System.Net;
using System.Text.Json;
using Reconciler.Cxone.Tests.Fakes;
using Reconciler.Cxone.Widgets;

namespace Reconciler.Cxone.Tests.Widgets;

public sealed class WidgetCallsTests
{
    [Fact]
    public async Task PutAssignments_SendsWidgetIdStrategyAndSnakeCase()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        fake.Enqueue(FakeCxone.Json(HttpStatusCode.OK, """{"widget_id":"w-1","strategy":"weighted_random","assignments":[{"theme_id":"t1","segment_id":"seg-premium","geo_region":null,"traffic_weight":0.7},{"theme_id":"t2","segment_id":null,"geo_region":"US-EAST","traffic_weight":0.3}]}"""));
        using ICxoneClient client = TestClients.Create(fake, time);

        AssignmentSet set = await client.PutAssignmentsAsync("w-1", [new("t1", "seg-premium", null, 0.7), new("t2", null, "US-EAST", 0.3)]);

        Assert.Equal("weighted_random", set.Strategy);
        Assert.Equal(0.3, set.Assignments[1].TrafficWeight);
        RecordedRequest put = fake.ApiRequests[0];
        Assert.Equal(HttpMethod.Put, put.Method);
        Assert.Equal("/api/v1/omnichannel/webmessaging/widgets/w-1/theme-assignments", put.Path);
        using JsonDocument body = JsonDocument.Parse(put.Body);
        Assert.Equal("w-1", body.RootElement.GetProperty("widget_id").GetString());
        Assert.Equal("weighted_random", body.RootElement.GetProperty("strategy").GetString());
        Assert.Equal("seg-premium", body.RootElement.GetProperty("assignments")[0].GetProperty("segment_id").GetString());
        Assert.Equal(0.7, body.RootElement.GetProperty("assignments")[0].GetProperty("traffic_weight").GetDouble());
    }

    [Fact]
    public async Task BatchSync_ParsesPerWidgetResults()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        fake.Enqueue(FakeCxone.Json(HttpStatusCode.OK, """{"target_theme_id":"t1","results":[{"widget_id":"w-1","status":"SYNCED","message":null},{"widget_id":"w-2","status":"SKIPPED","message":"already has it"},{"widget_id":"w-9","status":"FAILED","message":"unknown widget"}]}"""));
        using ICxoneClient client = TestClients.Create(fake, time);

        BatchSyncResult result = await client.BatchSyncAsync(["w-1", "w-2", "w-9"], "t1", overrideExisting: false);

        Assert.Equal([WidgetSyncStatus.Synced, WidgetSyncStatus.Skipped, WidgetSyncStatus.Failed], result.Results.Select(r => r.Status));
        Assert.Equal("unknown widget", result.Results[2].Message);
        using JsonDocument body = JsonDocument.Parse(fake.ApiRequests[0].Body);
        Assert.Equal(3, body.RootElement.GetProperty("widget_ids").GetArrayLength());
        Assert.Equal("t1", body.RootElement.GetProperty("target_theme_id").GetString());
        Assert.False(body.RootElement.GetProperty("override_existing").GetBoolean());
    }

    [Fact]
    public async Task BatchSync_NoWidgets_SendsNothing()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        using ICxoneClient client = TestClients.Create(fake, time);

        BatchSyncResult result = await client.BatchSyncAsync([], "t1", overrideExisting: true);

        Assert.Empty(result.Results);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task ListAssignments_TwoPages_StreamsAll()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        fake.Enqueue(FakeCxone.Json(HttpStatusCode.OK, Payloads.Page(1, 2, """{"theme_id":"t1","segment_id":null,"geo_region":null,"traffic_weight":0.5}""")));
        fake.Enqueue(FakeCxone.Json(HttpStatusCode.OK, Payloads.Page(2, 2, """{"theme_id":"t2","segment_id":null,"geo_region":null,"traffic_weight":0.5}""")));
        using ICxoneClient client = TestClients.Create(fake, time);

        List<ThemeAssignment> all = await client.ListAssignmentsAsync("w-1").ToListAsync();

        Assert.Equal(["t1", "t2"], all.Select(a => a.ThemeId));
    }

    [Fact]
    public async Task ListWidgets_ParsesIdsAndDates()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, Payloads.Page(1, 1, """{"widget_id":"w-1","created_at":"2026-03-04T05:06:07Z"}""")) };
        using ICxoneClient client = TestClients.Create(fake, time);

        Widget widget = Assert.Single(await client.ListWidgetsAsync().ToListAsync());

        Assert.Equal(new Widget("w-1", new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero)), widget);
    }

    [Fact]
    public async Task ListAssignments_NullFieldsLeftOut_ReadAsNull()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, Payloads.Page(1, 1, """{"theme_id":"t1","traffic_weight":1.0}""")) };
        using ICxoneClient client = TestClients.Create(fake, time);

        ThemeAssignment only = Assert.Single(await client.ListAssignmentsAsync("w-1").ToListAsync());

        Assert.Equal(new ThemeAssignment("t1", null, null, 1.0), only);
    }

    [Fact]
    public async Task ListAssignments_ThemeIdMissing_ReportsUnexpectedResponse()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, Payloads.Page(1, 1, """{"traffic_weight":1.0}""")) };
        using ICxoneClient client = TestClients.Create(fake, time);

        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.ListAssignmentsAsync("w-1").ToListAsync().AsTask());

        Assert.Equal("unexpected_response", ex.ErrorCode);
    }
}
