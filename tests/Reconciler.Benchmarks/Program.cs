using System.CommandLine;
using Reconciler.Benchmarks;

// reconciler-bench: generates a synthetic content repository and measures validate, plan and apply
// against an in-process emulator. Prints progress, a Markdown table, and last a single JSON line.
var templates = new Option<int>("--templates") { Description = "Templates to generate.", DefaultValueFactory = _ => 10_000 };
var locales = new Option<int>("--locales") { Description = "Locales per template (1-8).", DefaultValueFactory = _ => 3 };
var themes = new Option<int>("--themes") { Description = "Themes to generate.", DefaultValueFactory = _ => 500 };
var widgets = new Option<int>("--widgets") { Description = "Widgets to generate.", DefaultValueFactory = _ => 200 };
var applyVersions = new Option<int>("--apply-versions") { Description = "New versions the measured apply creates.", DefaultValueFactory = _ => 2_000 };
var rateLimit = new Option<double>("--rate-limit") { Description = "Emulator rate limit (requests/s) during the apply; the CLI is told the same through CXONE_REQUESTS_PER_SECOND.", DefaultValueFactory = _ => 50 };
var jobLatency = new Option<int>("--job-latency-ms") { Description = "Emulator job latency during the apply.", DefaultValueFactory = _ => 300 };
var baseline = new Option<int>("--baseline-versions") { Description = "Versions the tutorial-style baseline publishes (about 2 s each).", DefaultValueFactory = _ => 10 };
var repeats = new Option<int>("--repeats") { Description = "Rounds of the parse floor, validate and plan, run in turns; the median of each is reported.", DefaultValueFactory = _ => 3 };
var work = new Option<string?>("--work") { Description = "Folder for the generated repository and emulator state (default: a new temporary folder)." };
var cli = new Option<string?>("--cli") { Description = "reconciler.dll to measure, e.g. an older build to compare (the parse floor then runs from this build). Default: the CLI and the floor are first published ReadyToRun, as the GitHub Action ships the CLI." };
var skipApply = new Option<bool>("--skip-apply") { Description = "Measure validate and plan only." };

var root = new RootCommand("Benchmarks the reconciler on a synthetic repository (issue 8). Run with -c Release.")
{
    templates, locales, themes, widgets, applyVersions, rateLimit, jobLatency, baseline, repeats, work, cli, skipApply,
};
root.SetAction(async parse =>
{
    var options = new BenchOptions
    {
        Templates = parse.GetValue(templates),
        Locales = Math.Clamp(parse.GetValue(locales), 1, 8),
        Themes = parse.GetValue(themes),
        Widgets = parse.GetValue(widgets),
        ApplyVersions = parse.GetValue(applyVersions),
        RateLimit = parse.GetValue(rateLimit),
        JobLatencyMs = parse.GetValue(jobLatency),
        BaselineVersions = parse.GetValue(baseline),
        Repeats = Math.Max(1, parse.GetValue(repeats)),
        WorkFolder = parse.GetValue(work),
        Cli = parse.GetValue(cli),
        SkipApply = parse.GetValue(skipApply),
    };
    try
    {
        var results = await new Benchmark(options, Console.Out).RunAsync();
        results.WriteTable(Console.Out);
        Console.WriteLine(results.ToJsonLine());
        return 0;
    }
    catch (BenchmarkFailedException e)
    {
        Console.Error.WriteLine("benchmark failed: " + e.Message);
        return 1;
    }
});

var floorDir = new Argument<string>("dir") { Description = "The repository to read." };
var floor = new Command("parse-floor", "Read and YAML-parse every file (the floor validate is compared with).") { floorDir };
floor.SetAction(parse => ParseFloor.Run(parse.GetValue(floorDir)!));
root.Subcommands.Add(floor);

return await root.Parse(args).InvokeAsync();
