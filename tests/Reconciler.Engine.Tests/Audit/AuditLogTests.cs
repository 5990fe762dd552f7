using System.Text.Json;
using Reconciler.Engine.Audit;

namespace Reconciler.Engine.Tests.Audit;

public sealed class AuditLogTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "audit-tests-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Append_OneEvent_WritesOneJsonLineWithEveryField()
    {
        var log = new AuditLog(Path.Combine(_folder, "nested", "audit.jsonl"));

        log.Append(Event("VERSION_APPLIED", errors: []));

        var line = Assert.Single(File.ReadAllLines(log.Path));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal("2026-11-21T10:30:00.000Z", root.GetProperty("timestamp").GetString());
        Assert.Equal("VERSION_APPLIED", root.GetProperty("event").GetString());
        Assert.Equal("apply", root.GetProperty("command").GetString());
        Assert.Equal("template", root.GetProperty("kind").GetString());
        Assert.Equal("tmpl_a", root.GetProperty("id").GetString());
        Assert.Equal("en-US", root.GetProperty("locale").GetString());
        Assert.Equal("v2.4", root.GetProperty("version").GetString());
        Assert.Equal("applied", root.GetProperty("status").GetString());
        Assert.Equal(0, root.GetProperty("errors").GetArrayLength());
        Assert.Equal("octocat", root.GetProperty("actor").GetString());
        Assert.Equal(40, root.GetProperty("commit").GetString()!.Length);
        Assert.Equal(1, log.Written);
        Assert.Null(log.Failure);
    }

    [Fact]
    public void Append_SecondRun_AppendsAfterTheFirst()
    {
        var path = Path.Combine(_folder, "audit.jsonl");
        new AuditLog(path).Append(Event("VALIDATION_PASSED"));

        new AuditLog(path).Append(Event("VERSION_APPLIED"));

        var lines = File.ReadAllLines(path);
        Assert.Equal(2, lines.Length);
        Assert.Contains("VALIDATION_PASSED", lines[0], StringComparison.Ordinal);
        Assert.Contains("VERSION_APPLIED", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Append_ErrorWithNewlinesAndQuotes_StaysOneParsableLine()
    {
        var log = new AuditLog(Path.Combine(_folder, "audit.jsonl"));

        log.Append(Event("VALIDATION_FAILED", errors: ["line one\nline \"two\"\r\n</script>"]));

        var line = Assert.Single(File.ReadAllLines(log.Path));
        using var json = JsonDocument.Parse(line);
        Assert.Equal("line one\nline \"two\"\r\n</script>", json.RootElement.GetProperty("errors")[0].GetString());
    }

    [Fact]
    public void Append_TwoWritersOnManyThreads_EveryLineIntact()
    {
        // Two AuditLog instances stand for two processes: each opens the file in append mode per line.
        var path = Path.Combine(_folder, "audit.jsonl");
        var writers = new[] { new AuditLog(path), new AuditLog(path) };
        var longError = new string('x', 3000);

        Parallel.For(0, 800, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            writers[i % 2].Append(Event("VERSION_APPLIED", id: $"tmpl_{i}", errors: [longError])));

        var lines = File.ReadAllLines(path);
        Assert.Equal(800, lines.Length);
        var ids = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToHashSet();
        Assert.Equal(800, ids.Count);
    }

    [Fact]
    public void Append_FolderIsAFile_RecordsTheFailureWithoutThrowing()
    {
        Directory.CreateDirectory(_folder);
        var blocker = Path.Combine(_folder, "not-a-folder");
        File.WriteAllText(blocker, "");
        var log = new AuditLog(Path.Combine(blocker, "audit.jsonl"));

        log.Append(Event("VERSION_APPLIED"));
        log.Append(Event("VERSION_APPLIED"));

        Assert.NotNull(log.Failure);
        Assert.Contains("could not write the audit log", log.Failure, StringComparison.Ordinal);
        Assert.Equal(0, log.Written);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static AuditEvent Event(string name, string id = "tmpl_a", IReadOnlyList<string>? errors = null) =>
        new(AuditFixtures.Now, name, "template", id, "en-US", "v2.4", "applied", errors ?? [], "octocat", "0123456789abcdef0123456789abcdef01234567", "apply");
}
