using System.Net;
using Cxone.Emulator;
using Reconciler.Cxone.Tests.Fakes;
using Reconciler.Cxone.Themes;
using Reconciler.Cxone.Widgets;

namespace Reconciler.Cxone.Tests.Integration;

/// <summary>The client's tenant-wide theme and assignment reads against the emulator over loopback HTTP.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class TenantListClientTests
{
    private const string AllThemesRoute = "GET /api/v1/omnichannel/webmessaging/themes";
    private const string AllAssignmentsRoute = "GET /api/v1/omnichannel/webmessaging/theme-assignments";
    private const int WidgetCount = 5;
    private const int PageSize = 2;

    [Fact]
    public async Task ListAllWidgetThemes_SmallPages_ReadsEveryPageOnceAndEqualsThePerWidgetLists()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync();
        using ICxoneClient client = EmulatorHarness.Connect(emu, EmulatorHarness.Options with { PageSize = PageSize });
        await PopulateAsync(client);

        List<WidgetTheme> all = await client.ListAllWidgetThemesAsync().ToListAsync();

        var perWidget = new List<WidgetTheme>();
        await foreach (Widget widget in client.ListWidgetsAsync())
        {
            perWidget.AddRange(await client.ListWidgetThemesAsync(widget.WidgetId).ToListAsync());
        }

        // 2 themes on each of w-0…w-3, plus w-0's first theme synced to w-4.
        Assert.Equal(((WidgetCount - 1) * 2) + 1, all.Count);
        Assert.Equal(perWidget.Select(Key), all.Select(Key));
        WidgetTheme copy = Assert.Single(all, t => t.SyncedFrom is not null);
        Assert.Equal(("w-4", "w-0"), (copy.WidgetId, copy.SyncedFrom));
        Assert.Equal(Pages(all.Count), emu.Statistics.CountFor(AllThemesRoute));
    }

    [Fact]
    public async Task ListAllAssignments_SmallPages_ReadsEveryPageOnceAndEqualsThePerWidgetLists()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync();
        using ICxoneClient client = EmulatorHarness.Connect(emu, EmulatorHarness.Options with { PageSize = PageSize });
        await PopulateAsync(client);

        List<TenantAssignment> all = await client.ListAllAssignmentsAsync().ToListAsync();

        var perWidget = new List<(string, ThemeAssignment)>();
        await foreach (Widget widget in client.ListWidgetsAsync())
        {
            perWidget.AddRange((await client.ListAssignmentsAsync(widget.WidgetId).ToListAsync()).Select(a => (widget.WidgetId, a)));
        }

        // Widgets 0–3 hold two assignments each; w-4 holds only a synced theme and no assignments.
        Assert.Equal((WidgetCount - 1) * 2, all.Count);
        Assert.Equal(perWidget, all.Select(r => (r.WidgetId, r.ToAssignment())));
        Assert.All(all, r => Assert.Equal("weighted_random", r.Strategy));
        Assert.DoesNotContain(all, r => r.WidgetId == "w-4");
        Assert.Equal(Pages(all.Count), emu.Statistics.CountFor(AllAssignmentsRoute));
    }

    [Fact]
    public async Task ListAllWidgetThemes_ServerWithoutTheList_Fails404SoCallersCanFallBack()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync();
        using var handler = new NotFoundHandler("/api/v1/omnichannel/webmessaging/themes");
        using ICxoneClient client = EmulatorHarness.Connect(emu, handler: handler);

        var e = await Assert.ThrowsAsync<CxoneApiException>(async () => await client.ListAllWidgetThemesAsync().ToListAsync());

        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
        Assert.False(e.IsTransient);
        Assert.Equal(1, handler.Refused);
    }

    /// <summary>Widgets w-0…w-4: two active themes and two assignments each on w-0…w-3; w-0's first theme synced to w-4.</summary>
    private static async Task PopulateAsync(ICxoneClient client)
    {
        for (int w = 0; w < WidgetCount - 1; w++)
        {
            string widgetId = $"w-{w}";
            string first = ThemeId(w, 1);
            string second = ThemeId(w, 2);
            await client.PublishThemeAsync(widgetId, Payloads.Theme(first, tag: "v1.0.0"));
            await client.PublishThemeAsync(widgetId, Payloads.Theme(second, tag: "v1.1.0"));
            Assert.Equal(ThemeState.Active, (await client.WaitForThemeActiveAsync(first)).State);
            Assert.Equal(ThemeState.Active, (await client.WaitForThemeActiveAsync(second)).State);
            await client.PutAssignmentsAsync(widgetId, [new(second, "seg-a", null, 0.25), new(first, null, "US-EAST", 0.75)]);
        }

        BatchSyncResult sync = await client.BatchSyncAsync(["w-4"], ThemeId(0, 1), overrideExisting: false);
        Assert.Equal(WidgetSyncStatus.Synced, Assert.Single(sync.Results).Status);
    }

    private static string ThemeId(int widget, int n) => $"0b6a7c1e-{widget:0000}-4c2d-9e1f-0a1b2c3d4e{n:00}";

    private static (string, string, string, ThemeState, string?) Key(WidgetTheme t) => (t.WidgetId, t.Id, t.VersionTag, t.State, t.SyncedFrom);

    private static long Pages(int items) => (items + PageSize - 1) / PageSize;

    /// <summary>A server that lacks one path: answers 404 as the emulator's unmatched routes do, and forwards the rest.</summary>
    private sealed class NotFoundHandler(string path) : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _refused;

        public int Refused => _refused;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath != path)
            {
                return base.SendAsync(request, cancellationToken);
            }

            Interlocked.Increment(ref _refused);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound)
            {
                Content = new StringContent("""{"error":"not_found","message":"No such route."}""", System.Text.Encoding.UTF8, "application/json"),
            });
        }
    }
}
