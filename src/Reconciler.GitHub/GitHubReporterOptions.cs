namespace Reconciler.GitHub;

/// <summary>Optional settings of <see cref="GitHubReporter"/>; every default suits a real run.</summary>
public sealed record GitHubReporterOptions
{
    /// <summary>
    /// Where workflow commands (annotations) are written. Defaults to standard error: the runner
    /// reads commands from both streams, and standard output carries the command's result
    /// (<c>--output json</c>), which annotations must not corrupt.
    /// </summary>
    public TextWriter? Annotations { get; init; }

    /// <summary>
    /// The content repository folder (<c>--repo</c>), used to turn the plan's content-relative
    /// paths into paths of the git repository when the content lives in a subfolder.
    /// </summary>
    public string? ContentRoot { get; init; }

    /// <summary>Clock for retry delays; the system clock by default.</summary>
    public TimeProvider? TimeProvider { get; init; }
}
