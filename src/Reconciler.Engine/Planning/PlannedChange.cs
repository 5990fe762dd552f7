namespace Reconciler.Engine.Planning;

/// <summary>
/// One line of the plan: what changes in CXone, from which version to which, and in which order.
/// Pure data; <see cref="Operation"/> carries what apply must send.
/// </summary>
public sealed record PlannedChange
{
    /// <summary>What it touches.</summary>
    public required ChangeKind Kind { get; init; }

    /// <summary>Template id, theme file name, or widget id.</summary>
    public required string Id { get; init; }

    /// <summary>The locale, for templates; null otherwise.</summary>
    public string? Locale { get; init; }

    /// <summary>What apply does.</summary>
    public required ChangeAction Action { get; init; }

    /// <summary>The live version before apply, or null when none exists.</summary>
    public string? FromVersion { get; init; }

    /// <summary>The version the repository declares, or null (drift of something undeclared).</summary>
    public string? ToVersion { get; init; }

    /// <summary>Dependency wave: every change of wave N may start once all of waves &lt; N are done.</summary>
    public int Order { get; init; }

    /// <summary>Why, for conflicts and drift (with the suggested fix); a short note otherwise.</summary>
    public string? Reason { get; init; }

    /// <summary>The repository file that declares it (repo-relative, <c>/</c>), when one does.</summary>
    public string? SourcePath { get; init; }

    /// <summary>The line of that file to point at (the version line), when known.</summary>
    public int? SourceLine { get; init; }

    /// <summary>For reviewers: the live and the desired content as text, to show as a diff.</summary>
    public ContentComparison? Comparison { get; init; }

    /// <summary>Facts worth showing beside the change (e.g. contrast ratios of a theme).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>What apply sends; null for noop, conflict and drift.</summary>
    public ApplyOperation? Operation { get; init; }

    /// <summary>A stable address used for sorting and messages: <c>template.tmpl_x.en-US</c>.</summary>
    public string Address => Locale is null
        ? $"{ChangeNames.Of(Kind)}.{Id}"
        : $"{ChangeNames.Of(Kind)}.{Id}.{Locale}";

    /// <summary>True for create and update: apply has something to send.</summary>
    public bool IsApplicable => Action is ChangeAction.Create or ChangeAction.Update;
}
