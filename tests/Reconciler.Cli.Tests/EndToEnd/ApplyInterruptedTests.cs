using System.Diagnostics;
using Reconciler.Cxone.Templates;

namespace Reconciler.Cli.Tests.EndToEnd;

/// <summary>An apply process killed part-way leaves CXone half-applied; the next apply converges.</summary>
public sealed class ApplyInterruptedTests
{
    [Fact]
    public async Task ApplyKilledPartWay_RerunConvergesWithoutDuplicateVersions()
    {
        await using var tenant = await TenantScope.StartAsync(jobLatency: TimeSpan.FromMilliseconds(600));
        var planned = PlanJsonReader.Changes((await tenant.RunAsync("plan", "--output", "json")).Output);

        // Kill the real process with SIGKILL once it has finished a few changes: no cleanup runs.
        var finishedBeforeKill = await RunAndKillAfterAsync(tenant, finishedLines: 3);
        Assert.InRange(finishedBeforeKill, 3, planned.Count - 1);
        var partial = PlanJsonReader.Changes((await tenant.RunAsync("plan", "--output", "json")).Output);
        Assert.Contains(partial, c => c.Action == "create");

        var rerun = await tenant.RunAsync("apply");
        var after = await tenant.RunAsync("plan", "--detailed-exitcode");

        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(0, after.ExitCode);
        using var client = tenant.Client();
        foreach (var template in planned.Where(c => c.Kind == "template").GroupBy(c => c.Id))
        {
            var versions = new List<TemplateVersion>();
            await foreach (var version in client.ListTemplateVersionsAsync(template.Key))
            {
                versions.Add(version);
            }

            // One version per locale: nothing created twice, nothing lost.
            Assert.Equal(template.Select(c => c.Locale).Order(StringComparer.Ordinal), versions.Select(v => v.Locale).Order(StringComparer.Ordinal));
        }
    }

    private static async Task<int> RunAndKillAfterAsync(TenantScope tenant, int finishedLines)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "reconciler.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = tenant.Repo.Root };
        info.ArgumentList.Add(cli);
        info.ArgumentList.Add("apply");
        foreach (var (name, value) in tenant.Environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        _ = process.StandardOutput.ReadToEndAsync();
        var finished = 0;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (finished < finishedLines && await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith('['))
            {
                finished++;
            }
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(timeout.Token);
        return finished;
    }
}
