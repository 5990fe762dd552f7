using System.Text.Json;
using Cxone.Emulator;
using Reconciler.Cxone;
using Reconciler.Engine.Live;
using Xunit.Abstractions;

namespace Reconciler.Engine.Tests.Live;

/// <summary>
/// Reading live state from the emulator over loopback HTTP: the cost follows list pages, not widgets;
/// a server without the tenant-wide lists is read widget by widget into the same state.
/// </summary>
public sealed class LiveStateReaderTests(ITestOutputHelper output)
{
    private const int Widgets = 60;
    private const int PageSize = 25;

    [Fact]
    public async Task ReadAsync_SixtyWidgetsWithThemesAndAssignments_CostsListPagesNotRequestsPerWidget()
    {
        await using var emu = await EmulatorTenant.StartAsync();
        using (var setup = EmulatorTenant.Connect(emu))
        {
            await EmulatorTenant.PopulateAsync(setup, Widgets);
        }

        using var client = EmulatorTenant.Connect(emu, EmulatorTenant.Options with { PageSize = PageSize });
        var before = emu.Statistics.TotalRequests;
        var perWidgetBefore = PerWidgetReads(emu);

        var live = await new LiveStateReader(client, concurrency: 8).ReadAsync(["w-000", "w-059"], CancellationToken.None);
        var served = emu.Statistics.TotalRequests - before;

        // 60 synced copies + 6 own themes; 54 single and 6 double assignments; 60 widgets; three templates (one page).
        var themes = live.AllThemes.Count();
        var assignments = live.Assignments.Values.Sum(a => a.Count);
        Assert.Equal(Widgets + (Widgets / 10), themes);
        Assert.Equal(Widgets + (Widgets / 10), assignments);
        Assert.Equal(Widgets, live.WidgetThemes.Count);
        var pages = 1 + Pages(Widgets) + Pages(themes) + Pages(assignments);
        Assert.Equal(pages, served);
        Assert.InRange(live.Requests, pages, pages + 1); // the token request, if the client counts it
        Assert.Equal(perWidgetBefore, PerWidgetReads(emu));
        Assert.Empty(live.MissingWidgets);
        output.WriteLine($"{Widgets} widgets, {themes} themes, {assignments} assignments read with {served} requests (page size {PageSize})");
    }

    [Fact]
    public async Task ReadAsync_ServerWithoutTenantLists_FallsBackPerWidgetToTheSameLiveState()
    {
        await using var emu = await EmulatorTenant.StartAsync();
        using (var setup = EmulatorTenant.Connect(emu))
        {
            await EmulatorTenant.PopulateAsync(setup, Widgets);
        }

        using var withLists = EmulatorTenant.Connect(emu, EmulatorTenant.Options with { PageSize = PageSize });
        using var handler = new EmulatorTenant.WithoutTenantLists();
        using var withoutLists = EmulatorTenant.Connect(emu, EmulatorTenant.Options with { PageSize = PageSize }, handler);
        string[] declared = ["w-000", "w-new"];

        var fast = await new LiveStateReader(withLists, concurrency: 8).ReadAsync(declared, CancellationToken.None);
        var perWidgetBefore = PerWidgetReads(emu);
        var slow = await new LiveStateReader(withoutLists, concurrency: 8).ReadAsync(declared, CancellationToken.None);

        Assert.True(handler.Refused >= 1, "the fallback client should have tried the tenant-wide list");
        Assert.Equal(Canonical(fast), Canonical(slow));
        Assert.Contains("w-new", slow.WidgetThemes.Keys);
        Assert.Equal(2 * (Widgets + 1), PerWidgetReads(emu) - perWidgetBefore); // every listed widget plus w-new, two reads each
        Assert.True(slow.Requests > fast.Requests * 5, $"fallback {slow.Requests} requests, tenant-wide {fast.Requests}");
        output.WriteLine($"tenant-wide lists: {fast.Requests} requests; widget by widget: {slow.Requests}");
    }

    [Fact]
    public async Task ReadAsync_StrictTenant_DeclaredWidgetItDoesNotListIsMissingAndOnlyItIsReadAlone()
    {
        string[] known = [.. Enumerable.Range(0, 12).Select(EmulatorTenant.WidgetId)];
        await using var emu = await EmulatorTenant.StartAsync(strictWidgets: known);
        using (var setup = EmulatorTenant.Connect(emu))
        {
            await EmulatorTenant.PopulateAsync(setup, known.Length);
        }

        using var client = EmulatorTenant.Connect(emu);
        var perWidgetBefore = PerWidgetReads(emu);

        var live = await new LiveStateReader(client, concurrency: 4).ReadAsync(["w-000", "w-ghost", "w-011"], CancellationToken.None);

        Assert.Equal(["w-ghost"], live.MissingWidgets);
        Assert.Equal(known, live.WidgetThemes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, live.Assignments["w-000"].Count);
        Assert.Single(live.Assignments["w-011"]);
        Assert.Equal(1, PerWidgetReads(emu) - perWidgetBefore); // w-ghost's theme list answered 404; nothing else read alone
    }

    [Fact]
    public async Task ReadAsync_LenientTenant_DeclaredWidgetNotYetCreatedIsEmptyNotMissing()
    {
        await using var emu = await EmulatorTenant.StartAsync();
        using (var setup = EmulatorTenant.Connect(emu))
        {
            await EmulatorTenant.PopulateAsync(setup, 3);
        }

        using var client = EmulatorTenant.Connect(emu);

        var live = await new LiveStateReader(client, concurrency: 4).ReadAsync(["w-brand-new"], CancellationToken.None);

        Assert.Empty(live.MissingWidgets);
        Assert.Empty(live.WidgetThemes["w-brand-new"]);
        Assert.Empty(live.Assignments["w-brand-new"]);
        Assert.Equal(3, live.WidgetThemes.Count - 1);
    }

    private static long Pages(int items) => Math.Max(1, (items + PageSize - 1) / PageSize);

    private static long PerWidgetReads(EmulatorServer emu) =>
        emu.Statistics.CountFor(EmulatorTenant.WidgetThemesRoute) + emu.Statistics.CountFor(EmulatorTenant.WidgetAssignmentsRoute);

    /// <summary>The whole live state as text in a fixed order, so two reads can be compared field by field.</summary>
    private static string Canonical(LiveState live) => JsonSerializer.Serialize(new
    {
        Templates = live.Templates.OrderBy(p => p.Key.TemplateId + "/" + p.Key.Locale, StringComparer.Ordinal).Select(p => p.Value),
        Themes = live.WidgetThemes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new { Widget = p.Key, Themes = p.Value }),
        Assignments = live.Assignments.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new { Widget = p.Key, Rows = p.Value }),
        Missing = live.MissingWidgets.Order(StringComparer.Ordinal),
    });
}
