using Reconciler.Cxone.Templates;

namespace Reconciler.Cli.Tests.EndToEnd;

/// <summary>plan → apply → plan on a real git repository against the emulator over HTTP.</summary>
public sealed class PlanApplyEndToEndTests
{
    private const string OrderShipped = "templates/tmpl_order_shipped.yaml";

    [Fact]
    public async Task PlanApplyPlan_FreshTenant_CreatesEverythingThenReportsNoChanges()
    {
        await using var tenant = await TenantScope.StartAsync();

        var first = await tenant.RunAsync("plan", "--output", "json", "--detailed-exitcode");
        var planned = PlanJsonReader.Changes(first.Output);
        Assert.Equal(2, first.ExitCode);
        Assert.NotEmpty(planned);
        Assert.All(planned, c => Assert.Equal("create", c.Action));
        Assert.Contains(planned, c => c.Kind == "template" && c.Id == "tmpl_order_shipped" && c.Locale == "es-MX" && c.ToVersion == "v2.4");
        Assert.True(planned.Where(c => c.Kind == "assignment").All(a => a.Order > planned.Where(t => t.Kind == "theme").Max(t => t.Order)));
        Assert.True(planned.Where(c => c.Kind == "batchSync").All(s => s.Order > planned.Where(a => a.Kind == "assignment").Max(a => a.Order)));

        var apply = await tenant.RunAsync("apply");
        Assert.Equal(0, apply.ExitCode);
        Assert.Contains($"Apply complete: {planned.Count} applied", apply.Output, StringComparison.Ordinal);

        var second = await tenant.RunAsync("plan", "--detailed-exitcode");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("No changes.", second.Output, StringComparison.Ordinal);
        Assert.Contains($"Plan: 0 to create, 0 to update, {planned.Count} unchanged.", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentChangeWithVersionBump_PlansUpdatesOfThatTemplateOnly()
    {
        await using var tenant = await TenantScope.StartAsync();
        Assert.Equal(0, (await tenant.RunAsync("apply")).ExitCode);

        tenant.Repo.Write(OrderShipped, tenant.Repo.Read(OrderShipped)
            .Replace("version: v2.4", "version: v2.10", StringComparison.Ordinal)
            .Replace("ships today", "ships tomorrow", StringComparison.Ordinal));
        var plan = await tenant.RunAsync("plan", "--output", "json", "--detailed-exitcode");

        Assert.Equal(2, plan.ExitCode);
        var changed = PlanJsonReader.Changes(plan.Output).Where(c => c.Action != "noop").ToList();
        Assert.NotEmpty(changed);
        Assert.All(changed, c =>
        {
            Assert.Equal(("template", "tmpl_order_shipped", "update", "v2.4", "v2.10"), (c.Kind, c.Id, c.Action, c.FromVersion, c.ToVersion));
        });

        Assert.Equal(0, (await tenant.RunAsync("apply")).ExitCode);
        Assert.Equal(0, (await tenant.RunAsync("plan", "--detailed-exitcode")).ExitCode);
    }

    [Fact]
    public async Task ContentChangeWithoutVersionBump_IsConflictAndApplyRefusesWithoutChangingAnything()
    {
        await using var tenant = await TenantScope.StartAsync();
        Assert.Equal(0, (await tenant.RunAsync("apply")).ExitCode);
        tenant.Repo.Write(OrderShipped, tenant.Repo.Read(OrderShipped).Replace("ships today", "ships tomorrow", StringComparison.Ordinal));

        var plan = await tenant.RunAsync("plan", "--output", "json");
        var apply = await tenant.RunAsync("apply");

        Assert.Equal(1, plan.ExitCode);
        var conflict = Assert.Single(PlanJsonReader.Changes(plan.Output), c => c.Action == "conflict" && c.Locale == "en-US");
        Assert.Equal("tmpl_order_shipped", conflict.Id);
        Assert.Contains("Bump version to v2.5", conflict.Reason, StringComparison.Ordinal);
        Assert.Equal(1, apply.ExitCode);
        Assert.Contains("apply refused", apply.Error, StringComparison.Ordinal);
        using var client = tenant.Client();
        var versions = new List<TemplateVersion>();
        await foreach (var version in client.ListTemplateVersionsAsync("tmpl_order_shipped"))
        {
            versions.Add(version);
        }

        Assert.All(versions, v => Assert.Equal("v2.4", v.Version));
    }

    [Fact]
    public async Task RefOfOlderCommit_PlansThatCommitsContentNotTheWorkingTree()
    {
        await using var tenant = await TenantScope.StartAsync();
        Assert.Equal(0, (await tenant.RunAsync("apply")).ExitCode);
        tenant.Repo.Write(OrderShipped, tenant.Repo.Read(OrderShipped).Replace("version: v2.4", "version: v2.5", StringComparison.Ordinal));
        tenant.Repo.Commit("bump order shipped");

        var older = await tenant.RunAsync("plan", "--ref", "HEAD~1", "--detailed-exitcode");
        var newer = await tenant.RunAsync("plan", "--ref", "HEAD", "--output", "json", "--detailed-exitcode");

        Assert.Equal(0, older.ExitCode);
        Assert.Contains("HEAD~1", older.Output, StringComparison.Ordinal);
        Assert.Equal(2, newer.ExitCode);
        Assert.All(PlanJsonReader.Changes(newer.Output).Where(c => c.Action != "noop"), c => Assert.Equal("v2.5", c.ToVersion));
    }

    [Fact]
    public async Task UnknownRef_FailsWithOneClearLine()
    {
        await using var tenant = await TenantScope.StartAsync();

        var result = await tenant.RunAsync("plan", "--ref", "no-such-branch");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'no-such-branch' names no commit", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DriftMadeThroughTheApi_IsReportedAndNeverDeleted()
    {
        await using var tenant = await TenantScope.StartAsync();
        Assert.Equal(0, (await tenant.RunAsync("apply")).ExitCode);
        using (var client = tenant.Client())
        {
            var ahead = new TemplatePayload("tmpl_order_shipped", "v9.0", ["whatsapp"], "en-US",
                [new ContentBlock("msg_01", "text", "Edited in the admin console for {{customer.name}}.")], ["customer.name"]);
            var stray = ahead with { TemplateId = "tmpl_console_only", Version = "v1.0" };
            Assert.IsType<TemplateVersionOutcome.Created>(await client.CreateTemplateVersionAsync(ahead));
            Assert.IsType<TemplateVersionOutcome.Created>(await client.CreateTemplateVersionAsync(stray));
        }

        var plan = await tenant.RunAsync("plan", "--output", "json", "--detailed-exitcode");
        var apply = await tenant.RunAsync("apply");

        var drift = PlanJsonReader.Changes(plan.Output).Where(c => c.Action == "drift").ToList();
        Assert.Equal(0, plan.ExitCode);
        Assert.Contains(drift, d => d.Id == "tmpl_order_shipped" && d.Locale == "en-US" && d.FromVersion == "v9.0" && d.ToVersion == "v2.4");
        Assert.Contains(drift, d => d.Id == "tmpl_console_only" && d.ToVersion is null);
        Assert.Equal(0, apply.ExitCode);
        Assert.Contains("No changes.", apply.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Base_MarksChangesDeclaredInFilesThePullRequestTouched()
    {
        await using var tenant = await TenantScope.StartAsync();
        tenant.Repo.Git("checkout", "-q", "-b", "feature");
        tenant.Repo.Write(OrderShipped, tenant.Repo.Read(OrderShipped).Replace("version: v2.4", "version: v2.5", StringComparison.Ordinal));
        tenant.Repo.Commit("bump");

        var plan = await tenant.RunAsync("plan", "--base", "main", "--output", "json");

        using var document = System.Text.Json.JsonDocument.Parse(plan.Output);
        var introduced = document.RootElement.GetProperty("changes").EnumerateArray()
            .Where(c => c.GetProperty("introducedByChange").GetBoolean())
            .Select(c => c.GetProperty("id").GetString())
            .Distinct()
            .ToList();
        Assert.Equal(["tmpl_order_shipped"], introduced);
    }
}
