using System.Net;
using Cxone.Emulator;
using Reconciler.Cxone.Analytics;
using Reconciler.Cxone.Tests.Fakes;
using Reconciler.Cxone.Themes;
using Reconciler.Cxone.Widgets;

namespace Reconciler.Cxone.Tests.Integration;

[Collection(EmulatorCollection.Name)]
public sealed class WebMessagingIntegrationTests
{
    private const string ThemeA = "0b6a7c1e-1111-4c2d-9e1f-0a1b2c3d4e5f";
    private const string ThemeB = "0b6a7c1e-2222-4c2d-9e1f-0a1b2c3d4e5f";

    [Fact]
    public async Task ThemeLifecycle_PublishActivateAssignSyncMeasure_AllSucceed()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync();
        using ICxoneClient client = EmulatorHarness.Connect(emu);

        ThemePublishOutcome a = await client.PublishThemeAsync("w-1", Payloads.Theme(ThemeA));
        ThemePublishOutcome b = await client.PublishThemeAsync("w-1", Payloads.Theme(ThemeB, tag: "v1.1.0"));
        Assert.Equal(ThemeState.Active, (await client.WaitForThemeActiveAsync(a.ThemeId!)).State);
        Assert.Equal(ThemeState.Active, (await client.WaitForThemeActiveAsync(b.ThemeId!)).State);

        AssignmentSet set = await client.PutAssignmentsAsync("w-1", [new(ThemeA, "seg-premium", null, 0.7), new(ThemeB, null, "US-EAST", 0.3)]);
        List<ThemeAssignment> listed = await client.ListAssignmentsAsync("w-1").ToListAsync();
        BatchSyncResult sync = await client.BatchSyncAsync(["w-2", "w-3"], ThemeA, overrideExisting: false);
        BatchSyncResult again = await client.BatchSyncAsync(["w-2"], ThemeA, overrideExisting: false);
        List<WidgetTheme> w2 = await client.ListWidgetThemesAsync("w-2").ToListAsync();
        WidgetPerformance perf = await client.GetWidgetPerformanceAsync("w-1", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31));

        Assert.Equal(2, set.Assignments.Count);
        Assert.Equal(set.Assignments.OrderBy(x => x.ThemeId), listed.OrderBy(x => x.ThemeId));
        Assert.All(sync.Results, r => Assert.Equal(WidgetSyncStatus.Synced, r.Status));
        Assert.Equal(WidgetSyncStatus.Skipped, Assert.Single(again.Results).Status);
        WidgetTheme copy = Assert.Single(w2);
        Assert.Equal(ThemeA, copy.Id);
        Assert.Equal("w-1", copy.SyncedFrom);
        Assert.NotNull(perf.Metrics.FirstPaint);
        Assert.Contains("w-1", await client.ListWidgetsAsync().Select(w => w.WidgetId).ToListAsync());
    }

    [Fact]
    public async Task PublishTheme_AnswerLostAfterPublish_RecognisedAsAlreadyExists()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync();
        using var faults = new FaultHeaderHandler();
        using ICxoneClient client = EmulatorHarness.Connect(emu, handler: faults);
        faults.ForceNext(HttpMethod.Post, "/api/v1/omnichannel/webmessaging/widgets/w-1/themes", "drop-after");

        ThemePublishOutcome outcome = await client.PublishThemeAsync("w-1", Payloads.Theme(ThemeA));

        var existing = Assert.IsType<ThemePublishOutcome.AlreadyExists>(outcome);
        Assert.Equal(ThemeA, existing.Id);
        Assert.Single(await client.ListWidgetThemesAsync("w-1").ToListAsync());
    }

    [Fact]
    public async Task PublishTheme_SameTagDifferentContent_Conflict()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync();
        using ICxoneClient client = EmulatorHarness.Connect(emu);
        await client.PublishThemeAsync("w-1", Payloads.Theme(ThemeA));

        ThemePublishOutcome outcome = await client.PublishThemeAsync("w-1", Payloads.Theme(ThemeB, background: "#202020"));

        Assert.Equal(ThemeA, Assert.IsType<ThemePublishOutcome.Conflict>(outcome).ExistingId);
    }

    [Fact]
    public async Task WaitForThemeActive_ContrastTooLow_FailedWithErrorMessage()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync();
        using ICxoneClient client = EmulatorHarness.Connect(emu);
        ThemePayload whiteOnWhite = Payloads.Theme(ThemeA) with { Buttons = [new ThemeButton("Start", "#FFFFFF", "#FFFFFF", "center")] };

        ThemePublishOutcome published = await client.PublishThemeAsync("w-1", whiteOnWhite);
        ThemeStatus status = await client.WaitForThemeActiveAsync(published.ThemeId!);

        Assert.Equal(ThemeState.Failed, status.State);
        Assert.False(string.IsNullOrWhiteSpace(status.ErrorMessage));
    }

    [Fact]
    public async Task PutAssignments_WithoutConfigWrite_403NamesTheScope()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync(scopes: [EmulatorScopes.WebMessagingRead, EmulatorScopes.WebMessagingWrite]);
        using ICxoneClient client = EmulatorHarness.Connect(emu);

        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.PutAssignmentsAsync("w-1", [new(ThemeA, null, null, 1.0)]));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Equal(EmulatorScopes.ConfigWrite, ex.MissingScope);
        Assert.Equal(1, emu.Statistics.TotalRequests);
    }
}
