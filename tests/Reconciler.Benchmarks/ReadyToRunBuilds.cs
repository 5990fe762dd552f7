using System.Reflection;

namespace Reconciler.Benchmarks;

/// <summary>
/// Publishes the CLI and this benchmark (whose <c>parse-floor</c> command is the floor) the way the
/// GitHub Action ships the CLI: Release, ReadyToRun for this machine's runtime. Both sides of the
/// "validate against the floor" comparison then start from precompiled code, like for like, and
/// the figures are those of what users run rather than of a JIT-only build.
/// </summary>
internal static class ReadyToRunBuilds
{
    public static async Task<(string Cli, string Floor)> PublishAsync(string work, TextWriter log)
    {
        var root = RepositoryRoot();
        log.WriteLine("Publishing the CLI and the parse floor ReadyToRun, as the GitHub Action does (not a measured figure)…");
        var cli = await PublishAsync(root, "src/Reconciler.Cli", Path.Combine(work, "publish", "cli"), work);
        var floor = await PublishAsync(root, "tests/Reconciler.Benchmarks", Path.Combine(work, "publish", "floor"), work);
        return (Path.Combine(cli, "reconciler.dll"), Path.Combine(floor, "reconciler-bench.dll"));
    }

    private static async Task<string> PublishAsync(string root, string project, string output, string work)
    {
        // Its own artifacts folder: publishing into the running benchmark's bin/ would overwrite
        // the very files this process has mapped.
        var run = await ChildProcess.RunAsync(
            "dotnet",
            ["publish", Path.Combine(root, project), "-c", "Release", "--use-current-runtime", "--self-contained", "false",
             "-p:PublishReadyToRun=true", "--artifacts-path", Path.Combine(work, "artifacts"), "-o", output, "--nologo", "-v", "quiet"],
            root);
        if (run.ExitCode != 0)
        {
            throw new BenchmarkFailedException($"publishing {project} failed (exit {run.ExitCode}):\n{run.Output}{run.Error}");
        }

        return output;
    }

    private static string RepositoryRoot()
    {
        var root = typeof(ReadyToRunBuilds).Assembly.GetCustomAttributes(typeof(AssemblyMetadataAttribute), false)
            .OfType<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        return root is not null && File.Exists(Path.Combine(root, "Reconciler.sln"))
            ? root
            : throw new BenchmarkFailedException($"the sources this benchmark was built from ({root ?? "unknown"}) are gone; pass --cli to measure a build you made yourself");
    }
}
