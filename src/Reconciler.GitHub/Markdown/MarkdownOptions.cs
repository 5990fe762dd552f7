namespace Reconciler.GitHub.Markdown;

/// <summary>How <see cref="MarkdownReportRenderer"/> renders: where links point, how long it may be, how much detail.</summary>
public sealed record MarkdownOptions
{
    /// <summary>No links, no limit, every detail: what <c>plan --output markdown</c> prints.</summary>
    public static MarkdownOptions Default { get; } = new();

    /// <summary>The repository as <c>owner/name</c>; with <see cref="CommitSha"/>, diagnostics link to file lines.</summary>
    public string? Repository { get; init; }

    /// <summary>The commit to link files at (the pull request's head); links are stable across later pushes.</summary>
    public string? CommitSha { get; init; }

    /// <summary>The GitHub web address (GITHUB_SERVER_URL); defaults to https://github.com.</summary>
    public string ServerUrl { get; init; } = "https://github.com";

    /// <summary>
    /// The content repository's folder inside the git repository (e.g. <c>cxone/</c>), prepended to
    /// the plan's content-relative paths in links. Empty when the content is the repository root.
    /// </summary>
    public string PathPrefix { get; init; } = "";

    /// <summary>
    /// Largest report in UTF-8 bytes. Bytes are never fewer than characters, so this bounds both
    /// GitHub's comment limit (65,536 characters) and the step summary's (1 MiB). Detail is dropped
    /// step by step to fit: content diffs, then notes, then table rows (errors kept first).
    /// </summary>
    public int MaxLength { get; init; } = int.MaxValue;

    /// <summary>Whether to include the collapsible details (content diffs, notes, unchanged items).</summary>
    public bool IncludeDetails { get; init; } = true;

    /// <summary>A hidden marker written as the first line (see <see cref="ReportMarkers"/>), or null for none.</summary>
    public string? Marker { get; init; }

    /// <summary>Where the untruncated report can be read (the run's job summary), named when detail was dropped.</summary>
    public string? FullReportUrl { get; init; }
}
