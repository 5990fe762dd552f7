namespace Reconciler.Benchmarks;

/// <summary>What to generate and measure; every figure defaults to issue 8's sizes.</summary>
internal sealed record BenchOptions
{
    public int Templates { get; init; } = 10_000;

    public int Locales { get; init; } = 3;

    public int Themes { get; init; } = 500;

    public int Widgets { get; init; } = 200;

    /// <summary>New template versions the apply measurement creates (rounded to whole templates of <see cref="Locales"/> locales, plus one smaller template for the rest).</summary>
    public int ApplyVersions { get; init; } = 2_000;

    public double RateLimit { get; init; } = 50;

    public int JobLatencyMs { get; init; } = 300;

    /// <summary>Versions the tutorial-style baseline submits one after another (each takes about 2 s).</summary>
    public int BaselineVersions { get; init; } = 10;

    /// <summary>Rounds, each running the parse floor, validate and plan once, in turns; the median of each is reported.</summary>
    public int Repeats { get; init; } = 3;

    /// <summary>Where the synthetic repository and emulator state go; a fresh temporary folder when null.</summary>
    public string? WorkFolder { get; init; }

    /// <summary>The reconciler CLI to measure (its reconciler.dll); when null, the CLI and the parse floor are published ReadyToRun first, as the GitHub Action ships the CLI.</summary>
    public string? Cli { get; init; }

    public bool SkipApply { get; init; }
}
