using System.Text.Json;
using Reconciler.Cli.Tests.EndToEnd;

namespace Reconciler.Cli.Tests;

/// <summary><c>plan --preview-dir</c>: PNGs of the themes the plan changes, in real headless Chromium.</summary>
public sealed class PreviewPlanTests
{
    [Fact]
    public async Task Plan_PreviewDir_OnePngPerCreatedTheme()
    {
        await using var tenant = await TenantScope.StartAsync();

        var result = await tenant.RunAsync("plan", "--preview-dir", "previews");

        Assert.True(result.ExitCode == 0, result.Error);
        foreach (var key in new[] { "enterprise-dark", "enterprise-light", "holiday-large-text" })
        {
            var png = await File.ReadAllBytesAsync(Path.Combine(tenant.Repo.Root, "previews", key + ".png"));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            Assert.Contains($"Preview: previews/{key}.png", result.Output, StringComparison.Ordinal);
        }

        Assert.Contains("axe: no contrast violations", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_PreviewDirAfterApply_NothingToPreview()
    {
        await using var tenant = await TenantScope.StartAsync();
        Assert.Equal(0, (await tenant.RunAsync("apply")).ExitCode);

        var result = await tenant.RunAsync("plan", "--preview-dir", "previews", "--output", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no theme changes to preview", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(tenant.Repo.Root, "previews")) && Directory.EnumerateFiles(Path.Combine(tenant.Repo.Root, "previews")).Any());
        using var json = JsonDocument.Parse(result.Output);
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Plan_AuditLogOption_RecordsValidationAsPlan()
    {
        await using var tenant = await TenantScope.StartAsync();

        var result = await tenant.RunAsync("plan", "--audit-log", "plan-audit.jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(Path.Combine(tenant.Repo.Root, ".reconciler", "audit.jsonl")), "a dry run must not write reconciler.yaml's audit log unasked");
        var lines = File.ReadAllLines(Path.Combine(tenant.Repo.Root, "plan-audit.jsonl"));
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Equal("plan", JsonDocument.Parse(l).RootElement.GetProperty("command").GetString()));
    }
}
