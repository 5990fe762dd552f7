using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cxone.Emulator;

namespace Reconciler.Benchmarks;

/// <summary>
/// Issue 8's measurements, in order: the parse floor, validate, a seeding apply, the no-op plan and
/// its request count, a rate-limited apply of new versions, and the tutorial-style baseline. Every
/// reconciler figure comes from the real CLI run as a child process against an emulator in this process.
/// </summary>
internal sealed class Benchmark(BenchOptions options, TextWriter log)
{
    private const int ClientPageSize = 500;

    public async Task<BenchResults> RunAsync()
    {
        var work = options.WorkFolder ?? Path.Combine(Path.GetTempPath(), "reconciler-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var repo = Path.Combine(work, "repo");
        var state = Path.Combine(work, "emulator-state.json");
        Directory.CreateDirectory(repo);
        var (cli, floor) = options.Cli is { } given
            ? (given, Path.Combine(AppContext.BaseDirectory, "reconciler-bench.dll"))
            : await ReadyToRunBuilds.PublishAsync(work, log);
        var results = new BenchResults { Templates = options.Templates, Locales = options.Locales, Themes = options.Themes, Widgets = options.Widgets };

        log.WriteLine($"Generating {options.Templates:N0} templates × {options.Locales} locales, {options.Themes} themes, {options.Widgets} widgets in {repo}");
        SyntheticRepository.Write(repo, options);
        await GitAsync(repo, "init", "-q", "-b", "main");
        await CommitAsync(repo, "synthetic content");

        (results.ParseFloorSeconds, results.ParseFloorCpuSeconds) = await MedianAsync("parse floor", () => RunFloorAsync(floor, repo), expectExit: 0);
        (results.ValidateSeconds, results.ValidateCpuSeconds) = await MedianAsync("validate", () => RunCliAsync(cli, repo, null, "validate", "--repo", repo), expectExit: 0, peak: p => results.PeakMb = Math.Max(results.PeakMb, p));

        await using (var seeding = await StartEmulatorAsync(state, rateLimit: null, jobLatencyMs: 0))
        {
            log.WriteLine("Seeding the emulator with a first apply of everything (not a measured figure)…");
            var seed = await RunCliAsync(cli, repo, seeding, "apply", "--repo", repo, "--output", "json");
            Require(seed, 0, "seeding apply");
            results.SeedApplySeconds = seed.Wall.TotalSeconds;
            log.WriteLine($"  seeded in {seed.Wall.TotalSeconds:0.0} s");

            long requestsBefore = 0;
            (results.PlanSeconds, results.PlanCpuSeconds) = await MedianAsync(
                "no-op plan",
                async () =>
                {
                    requestsBefore = seeding.Statistics.TotalRequests;
                    var run = await RunCliAsync(cli, repo, seeding, "plan", "--repo", repo, "--detailed-exitcode");
                    results.NoopPlanRequests = (int)(seeding.Statistics.TotalRequests - requestsBefore);
                    return run;
                },
                expectExit: 0,
                peak: p => results.PeakMb = Math.Max(results.PeakMb, p));
            results.LiveItems = await LiveItemCounter.CountAsync(seeding.BaseUrl);
            results.NoopPlanRequestBound = (int)Math.Ceiling(results.LiveItems / (double)ClientPageSize) + 10;
        }

        if (!options.SkipApply)
        {
            await MeasureApplyAsync(cli, repo, state, results);
        }

        return results;
    }

    private async Task MeasureApplyAsync(string cli, string repo, string state, BenchResults results)
    {
        results.ApplyVersions = SyntheticRepository.BumpVersions(repo, options, options.ApplyVersions);
        await CommitAsync(repo, "new versions");
        results.ApplyCeilingPerSecond = options.RateLimit;
        await using var limited = await StartEmulatorAsync(state, options.RateLimit, options.JobLatencyMs);
        log.WriteLine($"Applying {results.ApplyVersions:N0} new versions at --rate-limit {options.RateLimit} --job-latency-ms {options.JobLatencyMs}…");
        var limitedBefore = limited.Statistics.RateLimited;
        var requestsBefore = limited.Statistics.TotalRequests;
        var env = new Dictionary<string, string> { ["CXONE_REQUESTS_PER_SECOND"] = options.RateLimit.ToString(CultureInfo.InvariantCulture) };
        var apply = await RunCliAsync(cli, repo, limited, env, "apply", "--repo", repo, "--output", "json");
        Require(apply, 0, "apply");
        var summary = JsonNode.Parse(apply.Output)!["summary"]!;
        results.ApplyApplied = summary["applied"]!.GetValue<int>();
        results.ApplyFailed = summary["failed"]!.GetValue<int>();
        results.ApplySeconds = summary["applySeconds"]!.GetValue<double>();
        results.ApplyWallSeconds = apply.Wall.TotalSeconds;
        results.ApplyRequests = (int)(limited.Statistics.TotalRequests - requestsBefore);
        results.RateLimited = (int)(limited.Statistics.RateLimited - limitedBefore);
        log.WriteLine($"  {results.ApplyApplied} applied, {results.ApplyFailed} failed in {results.ApplySeconds:0.00} s of apply ({apply.Wall.TotalSeconds:0.00} s for the whole command); {results.ApplyRequests} requests, {results.RateLimited} answered 429");

        var verify = await RunCliAsync(cli, repo, limited, env, "plan", "--repo", repo, "--detailed-exitcode");
        results.ConvergedAfterApply = verify.ExitCode == 0;

        log.WriteLine($"Tutorial baseline: {options.BaselineVersions} versions one at a time, polling every 2 s…");
        var (versions, elapsed) = await TutorialBaseline.RunAsync(limited.BaseUrl, EmulatorDefaults.ClientId, EmulatorDefaults.ClientSecret, options.BaselineVersions);
        results.BaselineVersionsPerSecond = versions / elapsed.TotalSeconds;
        log.WriteLine($"  {versions} versions in {elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>The median wall time of <see cref="BenchOptions.Repeats"/> runs, and the median CPU time (null where it cannot be measured).</summary>
    private async Task<(double Wall, double? Cpu)> MedianAsync(string what, Func<Task<ChildRun>> run, int expectExit, Action<double>? peak = null)
    {
        var times = new List<double>();
        var cpus = new List<double>();
        for (var i = 0; i < options.Repeats; i++)
        {
            var result = await run();
            Require(result, expectExit, what);
            times.Add(result.Wall.TotalSeconds);
            peak?.Invoke(result.PeakMb);
            if (result.Cpu is { } cpu)
            {
                cpus.Add(cpu.TotalSeconds);
            }

            var cpuText = result.Cpu is { } used ? $", {used.TotalSeconds:0.00} CPU-s" : string.Empty;
            log.WriteLine($"  {what} run {i + 1}: {result.Wall.TotalSeconds:0.000} s{cpuText}, peak {result.PeakMb:0} MB");
        }

        return (Median(times), cpus.Count == times.Count ? Median(cpus) : null);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static void Require(ChildRun run, int exitCode, string what)
    {
        if (run.ExitCode != exitCode)
        {
            throw new BenchmarkFailedException($"{what} exited {run.ExitCode}, expected {exitCode}.\n--- stdout (tail) ---\n{Tail(run.Output)}\n--- stderr (tail) ---\n{Tail(run.Error)}");
        }
    }

    private static string Tail(string text) => text.Length <= 3000 ? text : "…" + text[^3000..];

    private static Task<EmulatorServer> StartEmulatorAsync(string state, double? rateLimit, int jobLatencyMs) =>
        EmulatorServer.StartAsync(new EmulatorOptions
        {
            StatePath = state,
            RateLimitPerSecond = rateLimit,
            JobLatency = TimeSpan.FromMilliseconds(jobLatencyMs),
            RequestLog = TextWriter.Null,
        });

    private static Task<ChildRun> RunCliAsync(string cli, string repo, EmulatorServer? emulator, params string[] args) =>
        RunCliAsync(cli, repo, emulator, new Dictionary<string, string>(), args);

    private static Task<ChildRun> RunCliAsync(string cli, string repo, EmulatorServer? emulator, Dictionary<string, string> extra, params string[] args)
    {
        var env = new Dictionary<string, string>(extra);
        if (emulator is not null)
        {
            env["CXONE_BASE_URL"] = emulator.BaseUrl.ToString();
            env["CXONE_CLIENT_ID"] = EmulatorDefaults.ClientId;
            env["CXONE_CLIENT_SECRET"] = EmulatorDefaults.ClientSecret;
        }

        return ChildProcess.RunAsync("dotnet", [cli, .. args], repo, env);
    }

    private static Task<ChildRun> RunFloorAsync(string floor, string repo) =>
        ChildProcess.RunAsync("dotnet", [floor, "parse-floor", repo], Path.GetDirectoryName(floor)!);

    private static async Task CommitAsync(string repo, string message)
    {
        await GitAsync(repo, "add", "-A");
        await GitAsync(repo, "-c", "user.name=bench", "-c", "user.email=bench@example.com", "commit", "-q", "-m", message);
    }

    private static async Task GitAsync(string repo, params string[] args)
    {
        var run = await ChildProcess.RunAsync("git", args, repo);
        if (run.ExitCode != 0)
        {
            throw new BenchmarkFailedException($"git {string.Join(' ', args)} failed: {run.Error}");
        }
    }
}
