using System.Text;
using System.Text.Json.Nodes;
using Cxone.Emulator.Tests.Support;

namespace Cxone.Emulator.Tests.State;

public sealed class PersistenceTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "emu-state-" + Guid.NewGuid().ToString("N"));

    private string StatePath => Path.Combine(_folder, "state.json");

    private string JournalPath => StatePath + ".journal";

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Task<EmulatorHarness> StartAsync(ManualTimeProvider clock, double jobFailureRate = 0) => EmulatorHarness.StartAsync(
        o => new EmulatorOptions { TimeProvider = o.TimeProvider, RequestLog = o.RequestLog, JobLatency = o.JobLatency, StatePath = StatePath, JobFailureRate = jobFailureRate },
        clock);

    /// <summary>Every read call's answer, to compare the state before and after a restart.</summary>
    private static async Task<string> EverythingAsync(EmulatorHarness h, IEnumerable<string> jobIds)
    {
        var token = await h.TokenAsync();
        var text = new StringBuilder();
        foreach (var path in new[]
        {
            Paths.Templates + "?page_size=1000", Paths.Versions("t0"), Paths.Versions("t1"), Paths.Widgets,
            Paths.WidgetThemes("w-1"), Paths.WidgetThemes("w-2"), Paths.Assignments("w-1"),
            Paths.ThemeStatus("dark"), Paths.ThemeStatus("bad"),
        }.Concat(jobIds.Select(Paths.Job)))
        {
            text.AppendLine((await h.GetAsync(path, token)).Body);
        }

        return text.ToString();
    }

    private static async Task<List<string>> PopulateAsync(EmulatorHarness h)
    {
        var token = await h.TokenAsync();
        var jobs = new List<string>();
        foreach (var (id, locale, version) in new[] { ("t0", "en-US", "v1"), ("t0", "en-US", "v2"), ("t0", "fr-FR", "v1"), ("t1", "en-US", "v10") })
        {
            jobs.Add((await h.PostAsync(Paths.Templates, Payloads.Template(templateId: id, locale: locale, version: version), token)).Json["jobId"]!.GetValue<string>());
        }

        await h.PublishActiveThemeAsync("w-1", Payloads.Theme(id: "dark"), token);
        var bad = Payloads.Theme(id: "bad", name: "Bad");
        bad["background_color"] = "#FFFFFF";
        await h.PublishActiveThemeAsync("w-1", bad, token);
        await h.PostAsync(Paths.BatchSync, new JsonObject { ["widget_ids"] = new JsonArray("w-2"), ["target_theme_id"] = "dark", ["override_existing"] = true }, token);
        await h.PutAsync(Paths.Assignments("w-1"), Payloads.Assignments("w-1", ("dark", 0.7), ("dark", 0.3)), token);
        return jobs;
    }

    [Fact]
    public async Task Restart_SameStateFile_KeepsEveryVersionThemeSyncAndAssignment()
    {
        var clock = new ManualTimeProvider();
        string before;
        List<string> jobs;
        await using (var first = await StartAsync(clock))
        {
            jobs = await PopulateAsync(first);
            before = await EverythingAsync(first, jobs);
        }

        await using var second = await StartAsync(clock);
        var after = await EverythingAsync(second, jobs);

        Assert.Equal(before, after);
        Assert.Contains("\"total_items\":3", before, StringComparison.Ordinal);
        Assert.Contains("\"synced_from\":\"w-1\"", before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_AfterStop_SnapshotHoldsStateAndJournalIsEmpty()
    {
        var clock = new ManualTimeProvider();
        await using (var first = await StartAsync(clock))
        {
            await PopulateAsync(first);
            Assert.True(new FileInfo(JournalPath).Length > 0);
        }

        Assert.Equal(0, new FileInfo(JournalPath).Length);
        Assert.StartsWith("{\"format\":\"cxone-emulator-state\"", File.ReadLines(StatePath).First(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_JobInFlightAtShutdown_CompletesOnScheduleAfterRestart()
    {
        var clock = new ManualTimeProvider();
        string jobId;
        await using (var first = await StartAsync(clock))
        {
            jobId = (await first.PostAsync(Paths.Templates, Payloads.Template())).Json["jobId"]!.GetValue<string>();
        }

        await using var second = await StartAsync(clock);
        Assert.Equal("QUEUED", (await second.GetAsync(Paths.Job(jobId))).Json["status"]!.GetValue<string>());
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("COMPLETED", (await second.GetAsync(Paths.Job(jobId))).Json["status"]!.GetValue<string>());
        Assert.Equal(200, (await second.GetAsync(Paths.Versions("tmpl_order"))).Status);
    }

    [Fact]
    public async Task Restart_FailedJobOutcome_IsKept()
    {
        var clock = new ManualTimeProvider();
        string jobId;
        await using (var first = await StartAsync(clock, jobFailureRate: 1))
        {
            jobId = (await first.PostAsync(Paths.Templates, Payloads.Template())).Json["jobId"]!.GetValue<string>();
        }

        clock.Advance(TimeSpan.FromSeconds(5));
        await using var second = await StartAsync(clock);

        Assert.Equal("FAILED", (await second.GetAsync(Paths.Job(jobId))).Json["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Restart_TornLastJournalLine_IsDroppedAndEverythingBeforeItKept()
    {
        var clock = new ManualTimeProvider();
        await using (var first = await StartAsync(clock))
        {
            await first.CreateTemplateAsync(Payloads.Template());
        }

        // A crash mid-append leaves a line without its newline.
        await File.AppendAllTextAsync(JournalPath, "{\"seq\":99,\"type\":\"template_subm");
        await using var second = await StartAsync(clock);

        Assert.Equal(1, (await second.GetAsync(Paths.Templates)).Json["total_items"]!.GetValue<int>());
        Assert.Equal(202, (await second.PostAsync(Paths.Templates, Payloads.Template(version: "v2"))).Status);
    }

    [Fact]
    public async Task Restart_JournalEntriesAlreadyInSnapshot_AreNotReplayed()
    {
        var clock = new ManualTimeProvider();
        await using (var first = await StartAsync(clock))
        {
            await first.CreateTemplateAsync(Payloads.Template());
            await first.PublishActiveThemeAsync("w-1", Payloads.Theme(id: "dark"));
        }

        // A crash after the snapshot rename but before the journal truncation leaves entries whose
        // seq the snapshot already covers; an entry that would be visible if replayed proves they are skipped.
        await File.WriteAllTextAsync(JournalPath,
            "{\"seq\":2,\"type\":\"widget_created\",\"widget\":{\"widgetId\":\"w-replayed\",\"at\":\"2026-01-01T00:00:00Z\"}}\n");
        await using var second = await StartAsync(clock);
        var widgets = (await second.GetAsync(Paths.Widgets)).Json["items"]!.AsArray();

        Assert.Equal(["w-1"], widgets.Select(w => w!["widget_id"]!.GetValue<string>()));
        Assert.Equal(1, (await second.GetAsync(Paths.Templates)).Json["total_items"]!.GetValue<int>());
    }

    [Fact]
    public async Task Restart_JournalEntriesNewerThanSnapshot_AreReplayed()
    {
        var clock = new ManualTimeProvider();
        await using (var first = await StartAsync(clock))
        {
            await first.CreateTemplateAsync(Payloads.Template());
        }

        await File.WriteAllTextAsync(JournalPath,
            "{\"seq\":5,\"type\":\"widget_created\",\"widget\":{\"widgetId\":\"w-new\",\"at\":\"2026-01-01T00:00:00Z\"}}\n");
        await using var second = await StartAsync(clock);
        var widgets = (await second.GetAsync(Paths.Widgets)).Json["items"]!.AsArray();

        Assert.Equal(["w-new"], widgets.Select(w => w!["widget_id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Start_DamagedMiddleJournalLine_FailsNamingFileAndLine()
    {
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(JournalPath, "not json\n{\"seq\":2,\"type\":\"widget_created\",\"widget\":{\"widgetId\":\"w\",\"at\":\"2026-01-01T00:00:00Z\"}}\n");

        var error = await Assert.ThrowsAsync<EmulatorStateException>(() => StartAsync(new ManualTimeProvider()));

        Assert.Contains("damaged at line 1", error.Message, StringComparison.Ordinal);
        Assert.Contains(JournalPath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ForeignStateFile_FailsSayingSo()
    {
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(StatePath, "{\"some\":\"other file\"}\n");

        var error = await Assert.ThrowsAsync<EmulatorStateException>(() => StartAsync(new ManualTimeProvider()));

        Assert.Contains("is not a CXone emulator state file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_StateFileInUseByAnotherEmulator_Fails()
    {
        var clock = new ManualTimeProvider();
        await using var first = await StartAsync(clock);

        var error = await Assert.ThrowsAsync<EmulatorStateException>(() => StartAsync(clock));

        Assert.Contains("another emulator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_UnknownEntryType_FailsInsteadOfDroppingIt()
    {
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(JournalPath, "{\"seq\":1,\"type\":\"from_the_future\"}\n{\"seq\":2,\"type\":\"widget_created\",\"widget\":{\"widgetId\":\"w\",\"at\":\"2026-01-01T00:00:00Z\"}}\n");

        var error = await Assert.ThrowsAsync<EmulatorStateException>(() => StartAsync(new ManualTimeProvider()));

        Assert.Contains("from_the_future", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentWrites_AllSurviveARestart()
    {
        var clock = new ManualTimeProvider();
        await using (var first = await StartAsync(clock))
        {
            var token = await first.TokenAsync();
            var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(i =>
                first.PostAsync(Paths.Templates, Payloads.Template(templateId: $"t{i:D2}"), token)));
            Assert.All(results, r => Assert.Equal(202, r.Status));
        }

        clock.Advance(TimeSpan.FromSeconds(5));
        await using var second = await StartAsync(clock);

        Assert.Equal(64, (await second.GetAsync(Paths.Templates + "?page_size=100")).Json["total_items"]!.GetValue<int>());
    }
}
