using System.Text.Json;
using Reconciler.Cli.Tests.EndToEnd;
using Reconciler.Engine.Webhooks;
using Reconciler.TestSupport;

namespace Reconciler.Cli.Tests;

/// <summary>Audit log, metrics and webhooks around a real apply against the emulator.</summary>
public sealed class AuditApplyTests
{
    private static readonly Dictionary<string, string> NoVariables = [];

    private const string Secret = "whsec-cli-test";

    [Fact]
    public async Task Apply_ReconcilerYamlAuditLog_OneLinePerValidatedPayloadAndPerAppliedChange()
    {
        await using var tenant = await TenantScope.StartAsync();
        tenant.Environment["GITHUB_ACTOR"] = "octocat";
        var head = tenant.Repo.Git("rev-parse", "HEAD").Trim();

        var result = await tenant.RunAsync("apply", "--output", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = ReadAudit(Path.Combine(tenant.Repo.Root, ".reconciler", "audit.jsonl"));
        var results = JsonDocument.Parse(result.Output).RootElement.GetProperty("results");
        var validated = lines.Where(l => l.GetProperty("event").GetString() == "VALIDATION_PASSED").ToList();
        var applied = lines.Where(l => l.GetProperty("event").GetString() == "VERSION_APPLIED").ToList();
        Assert.Equal(results.GetArrayLength(), applied.Count);
        Assert.Contains(validated, l => l.GetProperty("id").GetString() == "tmpl_order_shipped" && l.GetProperty("locale").GetString() == "es-MX");
        Assert.Contains(applied, l => l.GetProperty("kind").GetString() == "theme" && l.GetProperty("id").GetString() == "enterprise-dark" && l.GetProperty("version").GetString() == "v1.2.0");
        Assert.All(lines, l => Assert.Equal(("octocat", head, "apply"), (l.GetProperty("actor").GetString(), l.GetProperty("commit").GetString(), l.GetProperty("command").GetString())));
        Assert.DoesNotContain(lines, l => l.ToString().Contains(tenant.Environment["CXONE_CLIENT_SECRET"] + "\"", StringComparison.Ordinal));

        var metrics = JsonDocument.Parse(result.Output).RootElement.GetProperty("summary").GetProperty("metrics");
        Assert.Equal(validated.Count, metrics.GetProperty("payloadsValidated").GetInt32());
        Assert.Equal(100, metrics.GetProperty("validationSuccessRatePercent").GetDouble());
        Assert.True(metrics.GetProperty("averageSubmissionLatencySeconds").GetDouble() > 0);
        Assert.Equal(lines.Count, metrics.GetProperty("auditLogEntries").GetInt32());
        var versions = results.EnumerateArray().Count(r => r.GetProperty("kind").GetString() is "template" or "theme");
        Assert.Equal(versions, metrics.GetProperty("versionsProcessed").GetInt32());
    }

    [Fact]
    public async Task Apply_Text_PrintsTheMetricsLine()
    {
        await using var tenant = await TenantScope.StartAsync();

        var result = await tenant.RunAsync("apply", "--audit-log", "custom/audit.jsonl");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Matches(@"Metrics: validation success rate 100% of \d+ payloads; average submission latency \d+\.\d{3} s; \d+ version\(s\) processed; \d+ audit log entries\.", result.Output);
        Assert.True(File.Exists(Path.Combine(tenant.Repo.Root, "custom", "audit.jsonl")));
    }

    [Fact]
    public async Task Apply_WebhookReceiver_GetsOneSignedEventPerAppliedVersion()
    {
        await using var tenant = await TenantScope.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        tenant.Environment["OPS_WEBHOOK_URL"] = receiver.Url.ToString();
        tenant.Environment["OPS_WEBHOOK_SECRET"] = Secret;

        var result = await tenant.RunAsync("apply", "--output", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        var results = JsonDocument.Parse(result.Output).RootElement.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("kind").GetString() is "template" or "theme").ToList();
        Assert.Equal(results.Count, receiver.Received.Count);
        Assert.All(receiver.Received, r => Assert.True(WebhookSignature.Verify(Secret, r.Body, r.Header("X-Reconciler-Signature"))));
        var types = receiver.Received.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("eventType").GetString()).ToList();
        Assert.Equal(results.Count(r => r.GetProperty("kind").GetString() == "theme"), types.Count(t => t == "THEME_VERSION_UPDATED"));
        Assert.Contains($"webhooks: {results.Count} event(s) delivered", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, result.Error + result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(receiver.Url.ToString(), result.Error + result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_DeadWebhookReceiver_ApplySucceedsAndWarns()
    {
        await using var tenant = await TenantScope.StartAsync();
        string dead;
        await using (var receiver = await WebhookReceiver.StartAsync())
        {
            dead = receiver.Url.ToString();
        }

        tenant.Environment["OPS_WEBHOOK_URL"] = dead;
        tenant.Environment["OPS_WEBHOOK_SECRET"] = Secret;

        var result = await tenant.RunAsync("apply");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Apply complete", result.Output, StringComparison.Ordinal);
        Assert.Contains("warning: webhook ops-chat: TEMPLATE_VERSION_UPDATED for template.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(dead, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_InvalidContentWithAuditLogOption_RecordsFailedPayloadsWithPositions()
    {
        using var repo = new TestSupport.TempGitRepository();
        repo.CopyFrom(TestSupport.RepositoryFiles.ContentExample);
        repo.Write("themes/enterprise-dark.yaml", repo.Read("themes/enterprise-dark.yaml").Replace("color: \"#FFFFFF\"", "color: \"#1B1B1B\"", StringComparison.Ordinal));

        var path = Path.Combine(Path.GetTempPath(), "audit-" + Guid.NewGuid().ToString("N") + ".jsonl");

        var result = await CliTester.RunAsync(NoVariables, repo.Root, "validate", "--audit-log", path);
        try
        {
            Assert.Equal(1, result.ExitCode);
            var failed = Assert.Single(ReadAudit(path), l => l.GetProperty("event").GetString() == "VALIDATION_FAILED");
            Assert.Equal(("theme", "enterprise-dark", "validate"), (failed.GetProperty("kind").GetString(), failed.GetProperty("id").GetString(), failed.GetProperty("command").GetString()));
            Assert.StartsWith("themes/enterprise-dark.yaml:6:", failed.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static List<JsonElement> ReadAudit(string path) =>
        File.ReadAllLines(path).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
}
