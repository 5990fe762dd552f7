using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cxone.Emulator;

namespace Reconciler.Benchmarks;

/// <summary>
/// Issue 8's measurements, in order: a seeding apply; the parse floor, validate and the no-op plan
/// (with its request count) in turns; a rate-limited apply of new versions; and the tutorial-style
/// baseline. Every reconciler figure comes from the real CLI run as a child process against an
/// emulator in this process.
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

        await using (var seeding = await StartEmulatorAsync(state, rateLimit: null, jobLatencyMs: 0))
        {
            log.WriteLine("Seeding the emulator with a first apply of everything (not a measured figure)…");
            var seed = await RunCliAsync(cli, repo, seeding, "apply", "--repo", repo, "--output", "json");
            Require(seed, 0, "seeding apply");
            results.SeedApplySeconds = seed.Wall.TotalSeconds;
            log.WriteLine($"  seeded in {seed.Wall.TotalSeconds:0.0} s");

            // In turns rather than five of each in a row: this VM's speed drifts by a fifth from
            // minute to minute, and taking turns lets the drift touch the floor and what is compared
            // with it alike.
            log.WriteLine($"Parse floor, validate and no-op plan in turns, {options.Repeats} rounds…");
            Action<double> peak = p => results.PeakMb = Math.Max(results.PeakMb, p);
            var medians = await InTurnsAsync(
                new Measured("parse floor", () => RunFloorAsync(floor, repo), null),
                new Measured("validate", () => RunCliAsync(cli, repo, null, "validate", "--repo", repo), peak),
                new Measured(
                    "no-op plan",
                    async () =>
                    {
                        var requestsBefore = seeding.Statistics.TotalRequests;
                        var run = await RunCliAsync(cli, repo, seeding, "plan", "--repo", repo, "--detailed-exitcode");
                        results.NoopPlanRequests = (int)(seeding.Statistics.TotalRequests - requestsBefore);
                        return run;
                    },
                    peak));
            (results.ParseFloorSeconds, results.ParseFloorCpuSeconds) = medians[0];
            (results.ValidateSeconds, results.ValidateCpuSeconds) = medians[1];
            (results.PlanSeconds, results.PlanCpuSeconds) = medians[2];
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

    /// <summary>
    /// Runs each measurement once per round for <see cref="BenchOptions.Repeats"/> rounds; for each,
    /// the median wall time and the median CPU time (null where it cannot be measured). Every run must exit 0.
    /// </summary>
    private async Task<(double Wall, double? Cpu)[]> InTurnsAsync(params Measured[] measures)
    {
        var times = measures.Select(_ => new List<double>()).ToArray();
        var cpus = measures.Select(_ => new List<double>()).ToArray();
        for (var round = 1; round <= options.Repeats; round++)
        {
            for (var m = 0; m < measures.Length; m++)
            {
                var result = await measures[m].Run();
                Require(result, 0, measures[m].What);
                times[m].Add(result.Wall.TotalSeconds);
                measures[m].Peak?.Invoke(result.PeakMb);
                if (result.Cpu is { } cpu)
                {
                    cpus[m].Add(cpu.TotalSeconds);
                }

                var cpuText = result.Cpu is { } used ? $", {used.TotalSeconds:0.00} CPU-s" : string.Empty;
                log.WriteLine($"  {measures[m].What} run {round}: {result.Wall.TotalSeconds:0.000} s{cpuText}, peak {result.PeakMb:0} MB");
            }
        }

        return [.. measures.Select((_, m) => (Median(times[m]), cpus[m].Count == times[m].Count ? Median(cpus[m]) : (double?)null))];
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

    /// <summary>One measured command: what it is called in the log, how to run it, and where its peak memory goes.</summary>
    private sealed record Measured(string What, Func<Task<ChildRun>> Run, Action<double>? Peak);
}
