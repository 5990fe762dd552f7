using System.Text.Json.Nodes;
using Cxone.Emulator.Tests.Support;

namespace Cxone.Emulator.Tests.Widgets;

/// <summary>
/// The tenant-wide theme and assignment lists (API.md, "Tenant-wide lists"): the same items as the
/// per-widget lists, concatenated in widget order, paginated like every list, strict about widgets.
/// </summary>
public sealed class TenantListTests : IDisposable
{
    private const string AllThemes = Paths.WebMessaging + "/themes";
    private const string AllAssignments = Paths.WebMessaging + "/theme-assignments";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "emu-tenant-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task ListAllThemes_SeveralWidgetsAndASyncedCopy_EqualsPerWidgetListsConcatenatedInWidgetOrder()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await PopulateAsync(h);
        var token = await h.TokenAsync();

        var all = (await h.GetAsync(AllThemes + "?page_size=100", token)).Json;
        var expected = await PerWidgetAsync(h, token, Paths.WidgetThemes);

        Assert.Equal(expected.Count, all["total_items"]!.GetValue<int>());
        AssertSameItems(expected, all["items"]!.AsArray());
        var copy = Assert.Single(all["items"]!.AsArray(), i => i!["widget_id"]!.GetValue<string>() == "w-c");
        Assert.Equal("dark-a", copy!["id"]!.GetValue<string>());
        Assert.Equal("w-a", copy["synced_from"]!.GetValue<string>());
        Assert.Equal(2, all["items"]!.AsArray().Count(i => i!["id"]!.GetValue<string>() == "dark-a"));
    }

    [Fact]
    public async Task ListAllAssignments_SeveralWidgets_RowsCarryWidgetAndStrategyInWidgetThenPutOrder()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await PopulateAsync(h);
        var token = await h.TokenAsync();

        var all = (await h.GetAsync(AllAssignments, token)).Json;

        var expected = new List<JsonNode>();
        foreach (var widgetId in await WidgetIdsAsync(h, token))
        {
            var page = (await h.GetAsync(Paths.Assignments(widgetId) + "?page_size=100", token)).Json;
            foreach (var item in page["items"]!.AsArray())
            {
                var row = new JsonObject
                {
                    ["widget_id"] = widgetId,
                    ["strategy"] = page["strategy"]!.GetValue<string>(),
                };
                foreach (var (name, value) in item!.AsObject())
                {
                    row[name] = value?.DeepClone();
                }

                expected.Add(row);
            }
        }

        // w-b was PUT with two rows (b2 first), w-a with one; w-c has a synced theme but no assignments.
        Assert.Equal(3, expected.Count);
        AssertSameItems(expected, all["items"]!.AsArray());
        Assert.Equal(
            [("w-a", "dark-a"), ("w-b", "dark-b2"), ("w-b", "dark-b1")],
            all["items"]!.AsArray().Select(i => (i!["widget_id"]!.GetValue<string>(), i["theme_id"]!.GetValue<string>())));
        Assert.All(all["items"]!.AsArray(), i => Assert.Equal("weighted_random", i!["strategy"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(AllThemes)]
    [InlineData(AllAssignments)]
    public async Task TenantList_EveryPageSize_PagesConcatenateToTheWholeListAndAPagePastTheEndIsEmpty(string path)
    {
        await using var h = await EmulatorHarness.StartAsync();
        await PopulateAsync(h);
        var token = await h.TokenAsync();
        var whole = (await h.GetAsync(path + "?page_size=100", token)).Json["items"]!.AsArray();
        Assert.True(whole.Count >= 3, $"the fixture should hold several items, got {whole.Count}");

        for (var size = 1; size <= whole.Count + 1; size++)
        {
            var collected = new List<JsonNode>();
            var first = (await h.GetAsync($"{path}?page=1&page_size={size}", token)).Json;
            var totalPages = first["total_pages"]!.GetValue<int>();
            Assert.Equal(whole.Count, first["total_items"]!.GetValue<int>());
            Assert.Equal((whole.Count + size - 1) / size, totalPages);
            for (var page = 1; page <= totalPages; page++)
            {
                var body = (await h.GetAsync($"{path}?page={page}&page_size={size}", token)).Json;
                Assert.Equal(page, body["page"]!.GetValue<int>());
                Assert.True(body["items"]!.AsArray().Count <= size);
                collected.AddRange(body["items"]!.AsArray().Select(i => i!));
            }

            AssertSameItems([.. whole.Select(i => i!)], [.. collected]);
            var past = await h.GetAsync($"{path}?page={totalPages + 1}&page_size={size}", token);
            Assert.Equal(200, past.Status);
            Assert.Empty(past.Json["items"]!.AsArray());
            Assert.Equal(whole.Count, past.Json["total_items"]!.GetValue<int>());
        }

        var bad = await h.GetAsync(path + "?page_size=0", token);
        Assert.Equal(400, bad.Status);
        Assert.Contains("page_size", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TenantLists_StrictWidgets_HideWidgetsTheTenantDoesNotList()
    {
        // A widget outside the strict list can only hold content from an earlier, lenient session.
        var statePath = Path.Combine(_folder, "state.json");
        var clock = new ManualTimeProvider();
        await using (var lenient = await EmulatorHarness.StartAsync(o => With(o, statePath, strict: false), clock))
        {
            await PopulateAsync(lenient);
            await lenient.PublishActiveThemeAsync("w-ghost", Payloads.Theme(id: "ghost-1"));
            Assert.Equal(200, (await lenient.PutAsync(Paths.Assignments("w-ghost"), Payloads.Assignments("w-ghost", ("ghost-1", 1.0)))).Status);
        }

        await using var strict = await EmulatorHarness.StartAsync(o => With(o, statePath, strict: true), clock);
        var token = await strict.TokenAsync();

        var themes = (await strict.GetAsync(AllThemes + "?page_size=100", token)).Json;
        var assignments = (await strict.GetAsync(AllAssignments + "?page_size=100", token)).Json;

        Assert.Equal(["w-a", "w-b"], WidgetIdsOf(themes).Distinct());
        Assert.Equal(["w-a", "w-b"], WidgetIdsOf(assignments).Distinct());
        Assert.Equal(3, themes["total_items"]!.GetValue<int>());
        Assert.Equal(3, assignments["total_items"]!.GetValue<int>());
        AssertSameItems(await PerWidgetAsync(strict, token, Paths.WidgetThemes), themes["items"]!.AsArray());
    }

    [Theory]
    [InlineData(AllThemes)]
    [InlineData(AllAssignments)]
    public async Task TenantList_TokenWithoutWebMessagingRead_Is403NamingTheScope(string path)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TokenAsync(string.Join(' ', EmulatorScopes.All.Where(s => s != EmulatorScopes.WebMessagingRead)));

        var response = await h.GetAsync(path, token);

        Assert.Equal(403, response.Status);
        Assert.Equal("insufficient_scope", response.Error);
        Assert.Equal(EmulatorScopes.WebMessagingRead, response.Json["scope"]!.GetValue<string>());
        Assert.Contains("omnichannel:webmessaging:read", response.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// w-a: dark-a (assigned); w-b: dark-b1, dark-b2 (both assigned, b2 first); w-c: a batch-synced
    /// copy of dark-a and no assignments. Widgets are created out of id order on purpose.
    /// </summary>
    private static async Task PopulateAsync(EmulatorHarness h)
    {
        var token = await h.TokenAsync();
        await h.PublishActiveThemeAsync("w-b", Payloads.Theme(id: "dark-b1", versionTag: "v1.0.0"), token);
        await h.PublishActiveThemeAsync("w-b", Payloads.Theme(id: "dark-b2", versionTag: "v1.1.0"), token);
        await h.PublishActiveThemeAsync("w-a", Payloads.Theme(id: "dark-a"), token);
        var synced = await h.PostAsync(Paths.BatchSync, new JsonObject
        {
            ["widget_ids"] = new JsonArray("w-c"),
            ["target_theme_id"] = "dark-a",
            ["override_existing"] = true,
        }, token);
        Assert.Equal("SYNCED", synced.Json["results"]![0]!["status"]!.GetValue<string>());
        Assert.Equal(200, (await h.PutAsync(Paths.Assignments("w-b"), Payloads.Assignments("w-b", ("dark-b2", 0.6), ("dark-b1", 0.4)), token)).Status);
        Assert.Equal(200, (await h.PutAsync(Paths.Assignments("w-a"), Payloads.Assignments("w-a", ("dark-a", 1.0)), token)).Status);
    }

    private static EmulatorOptions With(EmulatorOptions o, string statePath, bool strict) => new()
    {
        TimeProvider = o.TimeProvider,
        RequestLog = o.RequestLog,
        JobLatency = o.JobLatency,
        StatePath = statePath,
        StrictWidgets = strict,
        Widgets = strict ? ["w-a", "w-b"] : [],
    };

    private static async Task<List<string>> WidgetIdsAsync(EmulatorHarness h, string token) =>
        [.. WidgetIdsOf((await h.GetAsync(Paths.Widgets + "?page_size=100", token)).Json)];

    private static IEnumerable<string> WidgetIdsOf(JsonNode page) =>
        page["items"]!.AsArray().Select(i => i!["widget_id"]!.GetValue<string>());

    /// <summary>Every listed widget's per-widget list, concatenated in the order the widget list gives.</summary>
    private static async Task<List<JsonNode>> PerWidgetAsync(EmulatorHarness h, string token, Func<string, string> pathOf)
    {
        var items = new List<JsonNode>();
        foreach (var widgetId in await WidgetIdsAsync(h, token))
        {
            items.AddRange((await h.GetAsync(pathOf(widgetId) + "?page_size=100", token)).Json["items"]!.AsArray().Select(i => i!));
        }

        return items;
    }

    private static void AssertSameItems(IReadOnlyList<JsonNode> expected, IEnumerable<JsonNode?> items)
    {
        var actual = items.ToList();
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(JsonNode.DeepEquals(expected[i], actual[i]), $"item {i} differs:\nexpected {expected[i].ToJsonString()}\nactual   {actual[i]?.ToJsonString()}");
        }
    }
}
