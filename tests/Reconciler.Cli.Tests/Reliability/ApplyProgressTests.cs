namespace Reconciler.Cli.Tests.Reliability;

/// <summary>A long template wave shows movement while its versions are submitted, before any job is confirmed.</summary>
public sealed class ApplyProgressTests
{
    [Fact]
    public async Task Apply_MoreThan250TemplateVersions_SaysHowManyWereSubmittedBeforeTheWaveIsConfirmed()
    {
        using var large = LargeContentRepository.Create(templates: 90, themes: 2, widgets: 2, concurrency: 8);
        await using var tenant = await ReliabilityTenant.StartAsync(large, TimeSpan.FromMilliseconds(20));

        var apply = await tenant.RunAsync("apply", "--no-github");

        Assert.Equal(0, apply.ExitCode);
        var lines = apply.Error.Split('\n');
        var submitted = Array.FindIndex(lines, l => l.StartsWith("submitted 250 template version(s)", StringComparison.Ordinal));
        var firstTemplateResult = Array.FindIndex(lines, l => l.StartsWith('[') && l.Contains(" template.", StringComparison.Ordinal));
        Assert.True(submitted >= 0, apply.Error);
        Assert.True(firstTemplateResult > submitted, "the submission count comes before the wave's confirmed results");
        Assert.DoesNotContain(lines, l => l.StartsWith("submitted 500", StringComparison.Ordinal));
    }
}
