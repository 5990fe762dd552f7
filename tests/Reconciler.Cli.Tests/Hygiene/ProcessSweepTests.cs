using System.Diagnostics;

namespace Reconciler.Cli.Tests.Hygiene;

/// <summary>
/// Issue 9, secret hygiene of the real <c>reconciler</c> process: the in-process tests capture
/// what commands write through the CLI's streams, this one also catches anything written to the
/// process's own console and every file it leaves in its temp folder (TMPDIR points into the world).
/// </summary>
public sealed class ProcessSweepTests
{
    [Fact]
    public async Task RealProcess_PlanAndApplyInGitHub_NoSecretInConsoleOrTempFiles()
    {
        await using var world = await HygieneWorld.StartAsync();
        var temp = Directory.CreateDirectory(Path.Combine(world.Folder, "tmp")).FullName;
        var pullRequest = world.GitHubEnvironment();
        pullRequest["TMPDIR"] = temp;
        var push = world.GitHubEnvironment(push: true);
        push["TMPDIR"] = temp;

        var plan = await RunAsync(world, pullRequest, "plan");
        var apply = await RunAsync(world, push, "apply", "--output", "json");

        Assert.True(plan.ExitCode == 0, plan.Error);
        Assert.True(apply.ExitCode == 0, apply.Error);
        Assert.NotEmpty(world.Receiver.Received);
        Assert.Single(world.GitHub.CommentBodies(HygieneWorld.PullRequestNumber));
        var findings = world.Scan();
        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    private static async Task<CliResult> RunAsync(HygieneWorld world, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = world.Repo.Root };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reconciler.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        var result = new CliResult(process.ExitCode, await output, await error);
        world.Scanner.AddRun($"process `reconciler {string.Join(' ', args)}`", result);
        return result;
    }
}
