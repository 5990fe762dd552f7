using Reconciler.Core.Diagnostics;
using Reconciler.Engine.Git;

namespace Reconciler.Engine.Planning;

/// <summary>
/// The outcome of planning: every change sorted by order then address, the diagnostics of the
/// desired state, and where both came from. Immutable; <c>Apply</c> consumes it and refuses an
/// errored one; renderers only read it.
/// </summary>
public sealed record Plan
{
    /// <summary>Every change, including noops, sorted by <see cref="PlannedChange.Order"/> then address.</summary>
    public required IReadOnlyList<PlannedChange> Changes { get; init; }

    /// <summary>Validation diagnostics of the desired state (and conflicts found against live state).</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>The commit the desired state was read from.</summary>
    public required SourceRevision Source { get; init; }

    /// <summary>Where live state was read from, for people (a base URL, never credentials).</summary>
    public required string Target { get; init; }

    /// <summary>Repo-relative paths the pull request changed (with <c>--base</c>); null otherwise.</summary>
    public IReadOnlySet<string>? ChangedPaths { get; init; }

    /// <summary>How many changes apply may send at once (<c>reconciler.yaml</c>'s <c>applyConcurrency</c>).</summary>
    public int ApplyConcurrency { get; init; } = 4;

    /// <summary>How many API requests reading live state took.</summary>
    public int LiveStateRequests { get; init; }

    /// <summary>True when validation found errors or a change is a conflict: apply must refuse.</summary>
    public bool Errored => Diagnostics.Any(d => d.IsError) || Changes.Any(c => c.Action == ChangeAction.Conflict);

    /// <summary>True when apply would send something and nothing blocks it.</summary>
    public bool Applyable => !Errored && Summary.HasChanges;

    /// <summary>The counts behind the summary line.</summary>
    public PlanSummary Summary => new(
        Changes.Count(c => c.Action == ChangeAction.Create),
        Changes.Count(c => c.Action == ChangeAction.Update),
        Changes.Count(c => c.Action == ChangeAction.NoOp),
        Changes.Count(c => c.Action == ChangeAction.Conflict),
        Changes.Count(c => c.Action == ChangeAction.Drift),
        Diagnostics.Count(d => d.IsError),
        Diagnostics.Count(d => !d.IsError));

    /// <summary>True when the pull request (with <c>--base</c>) touched the file that declares this change.</summary>
    public bool IsIntroducedByChange(PlannedChange change) =>
        ChangedPaths is not null && change.SourcePath is not null && ChangedPaths.Contains(change.SourcePath);
}
