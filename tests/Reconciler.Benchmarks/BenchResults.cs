using System.Globalization;
using System.Text.Json.Nodes;

namespace Reconciler.Benchmarks;

/// <summary>Every figure the benchmark measured, and how they read against issue 8's targets.</summary>
internal sealed class BenchResults
{
    public int Templates { get; init; }

    public int Locales { get; init; }

    public int Themes { get; init; }

    public int Widgets { get; init; }

    public double ParseFloorSeconds { get; set; }

    public double ValidateSeconds { get; set; }

    public double PlanSeconds { get; set; }

    public double? ParseFloorCpuSeconds { get; set; }

    public double? ValidateCpuSeconds { get; set; }

    public double? PlanCpuSeconds { get; set; }

    public double PeakMb { get; set; }

    public double SeedApplySeconds { get; set; }

    public int NoopPlanRequests { get; set; }

    public int LiveItems { get; set; }

    public int NoopPlanRequestBound { get; set; }

    public int ApplyVersions { get; set; }

    public int ApplyApplied { get; set; }

    public int ApplyFailed { get; set; }

    public double ApplySeconds { get; set; }

    public double ApplyWallSeconds { get; set; }

    public int ApplyRequests { get; set; }

    public double ApplyCeilingPerSecond { get; set; }

    public int RateLimited { get; set; }

    public bool ConvergedAfterApply { get; set; }

    public double BaselineVersionsPerSecond { get; set; }

    public double ApplyVersionsPerSecond => ApplySeconds > 0 ? ApplyApplied / ApplySeconds : 0;

    public void WriteTable(TextWriter writer)
    {
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine();
        writer.WriteLine(string.Create(inv, $"{Templates:N0} templates × {Locales} locales ({Templates * Locales:N0} variants), {Themes} themes, {Widgets} widgets"));
        writer.WriteLine("| figure | measured | target |");
        writer.WriteLine("|---|---|---|");
        writer.WriteLine(string.Create(inv, $"| parse floor (read + YAML-parse every file, fresh process) | {ParseFloorSeconds:0.00} s{Cpu(ParseFloorCpuSeconds)} | |"));
        writer.WriteLine(string.Create(inv, $"| `validate` | {ValidateSeconds:0.00} s ({ValidateSeconds / ParseFloorSeconds:0.00}× floor){Cpu(ValidateCpuSeconds)} | ≤ 1.5× floor, < 2 s |"));
        writer.WriteLine(string.Create(inv, $"| no-op `plan` (validate included) | {PlanSeconds:0.00} s ({PlanSeconds / ParseFloorSeconds:0.00}× floor){Cpu(PlanCpuSeconds)} | ≤ 1.5× floor, < 2 s |"));
        writer.WriteLine(string.Create(inv, $"| peak memory (validate, plan) | {PeakMb:0} MB | < 400 MB |"));
        writer.WriteLine(string.Create(inv, $"| no-op plan requests | {NoopPlanRequests} for {LiveItems:N0} live items | ≤ {NoopPlanRequestBound} |"));
        if (ApplyVersions > 0)
        {
            writer.WriteLine(string.Create(inv, $"| apply of {ApplyVersions:N0} versions | {ApplyVersionsPerSecond:0.0} versions/s ({ApplyApplied} applied, {ApplyFailed} failed, {ApplySeconds:0.0} s; {ApplyRequests} requests) | ≥ 90% of {ApplyCeilingPerSecond:0} |"));
            writer.WriteLine(string.Create(inv, $"| share of the rate-limit ceiling | {100 * ApplyVersionsPerSecond / ApplyCeilingPerSecond:0.0}% | ≥ 90% |"));
            writer.WriteLine(string.Create(inv, $"| 429s received | {RateLimited} (failures caused: {ApplyFailed}) | 0 failures |"));
            writer.WriteLine(string.Create(inv, $"| tutorial baseline | {BaselineVersionsPerSecond:0.00} versions/s ({ApplyVersionsPerSecond / BaselineVersionsPerSecond:0}× slower) | ≥ 20× slower |"));
            writer.WriteLine(string.Create(inv, $"| plan after apply shows no changes | {(ConvergedAfterApply ? "yes" : "NO")} | yes |"));
        }
    }

    public string ToJsonLine() => new JsonObject
    {
        ["validate_s"] = Round(ValidateSeconds),
        ["plan_s"] = Round(PlanSeconds),
        ["parse_floor_s"] = Round(ParseFloorSeconds),
        ["validate_cpu_s"] = Round(ValidateCpuSeconds),
        ["plan_cpu_s"] = Round(PlanCpuSeconds),
        ["parse_floor_cpu_s"] = Round(ParseFloorCpuSeconds),
        ["peak_mb"] = Math.Round(PeakMb, 1),
        ["noop_plan_requests"] = NoopPlanRequests,
        ["noop_plan_request_bound"] = NoopPlanRequestBound,
        ["live_items"] = LiveItems,
        ["apply_versions"] = ApplyVersions,
        ["apply_versions_per_s"] = Round(ApplyVersionsPerSecond),
        ["apply_ceiling_per_s"] = Round(ApplyCeilingPerSecond),
        ["apply_requests"] = ApplyRequests,
        ["apply_failed"] = ApplyFailed,
        ["baseline_versions_per_s"] = Round(BaselineVersionsPerSecond),
        ["429s"] = RateLimited,
    }.ToJsonString();

    private static double Round(double value) => Math.Round(value, 3);

    private static double? Round(double? value) => value is { } v ? Round(v) : null;

    /// <summary>"; 2.87 CPU-s" after a wall time, or nothing where CPU time could not be measured.</summary>
    private static string Cpu(double? seconds) => seconds is { } s ? string.Create(CultureInfo.InvariantCulture, $"; {s:0.00} CPU-s") : string.Empty;
}
