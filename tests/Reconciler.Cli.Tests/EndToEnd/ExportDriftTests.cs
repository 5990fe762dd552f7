using Reconciler.Cxone.Templates;

namespace Reconciler.Cli.Tests.EndToEnd;

/// <summary>Adoption: export live state into a repository that plans clean; drift made in CXone is found.</summary>
public sealed class ExportDriftTests
{
    [Fact]
    public async Task Export_AfterApplyingTheExample_ValidatesAndPlansNoChanges()
    {
        await using var tenant = await TenantScope.StartAsync();
        Assert.Equal(0, (await tenant.RunAsync("apply")).ExitCode);
        var exported = Path.Combine(tenant.Repo.Root, "exported");

        var export = await tenant.RunAsync("export", "--out", exported);
        var validate = await tenant.RunAsync("validate", "--repo", exported);
        var plan = await tenant.RunAsync("plan", "--repo", exported, "--detailed-exitcode");

        Assert.Equal(0, export.ExitCode);
        Assert.Contains("Exported 6 template(s), 3 theme(s) and 3 widget(s)", export.Output, StringComparison.Ordinal);
        Assert.Equal(0, validate.ExitCode);
        Assert.Equal(0, plan.ExitCode);
        Assert.Contains("No changes.", plan.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(exported, "themes", "enterprise-dark.yaml")));
        Assert.Contains("theme: \"enterprise-light\"", File.ReadAllText(Path.Combine(exported, "widgets", "w-200001.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Twice_WritesIdenticalBytes()
    {
        await using var tenant = await TenantScope.StartAsync();
        Assert.Equal(0, (await tenant.RunAsync("apply")).ExitCode);
        var first = Path.Combine(tenant.Repo.Root, "first");
        var second = Path.Combine(tenant.Repo.Root, "second");

        Assert.Equal(0, (await tenant.RunAsync("export", "--out", first)).ExitCode);
        Assert.Equal(0, (await tenant.RunAsync("export", "--out", second)).ExitCode);

        var a = Snapshot(first);
        var b = Snapshot(second);
        Assert.Equal(a.Keys, b.Keys);
        Assert.NotEmpty(a);
        Assert.All(a, pair => Assert.Equal(pair.Value, b[pair.Key]));
    }

    [Fact]
    public async Task Export_KindsAndFilter_WriteOnlyWhatMatches()
    {
        await using var tenant = await TenantScope.StartAsync();
        Assert.Equal(0, (await tenant.RunAsync("apply")).ExitCode);
        var folder = Path.Combine(tenant.Repo.Root, "some");

        var result = await tenant.RunAsync("export", "--out", folder, "--kinds", "templates", "--filter", "^tmpl_order");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["tmpl_order_shipped.yaml"], Directory.GetFiles(Path.Combine(folder, "templates")).Select(Path.GetFileName));
        Assert.False(Directory.Exists(Path.Combine(folder, "themes")));
    }

    [Theory]
    [InlineData("--kinds", "templates,bogus", "'bogus'")]
    [InlineData("--filter", "([", "not a valid regular expression")]
    public async Task Export_BadOptions_FailWithOneClearLine(string option, string value, string expected)
    {
        await using var tenant = await TenantScope.StartAsync();

        var result = await tenant.RunAsync("export", "--out", Path.Combine(tenant.Repo.Root, "x"), option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drift_ChangeMadeThroughTheApi_IsFoundWithExitTwo()
    {
        await using var tenant = await TenantScope.StartAsync();
        Assert.Equal(0, (await tenant.RunAsync("apply")).ExitCode);
        var clean = await tenant.RunAsync("drift");
        using (var client = tenant.Client())
        {
            var console = new TemplatePayload("tmpl_welcome", "v1.1", ["whatsapp"], "en-US",
                [new ContentBlock("msg_01", "text", "Hi {{customer.name}}, edited in the console.")], ["customer.name"]);
            Assert.IsType<TemplateVersionOutcome.Created>(await client.CreateTemplateVersionAsync(console));
        }

        var drift = await tenant.RunAsync("drift", "--output", "json");

        Assert.Equal(0, clean.ExitCode);
        Assert.Equal(2, drift.ExitCode);
        var row = Assert.Single(PlanJsonReader.Changes(drift.Output));
        Assert.Equal(("template", "tmpl_welcome", "en-US", "drift", "v1.1"), (row.Kind, row.Id, row.Locale, row.Action, row.FromVersion));
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);
}
