namespace Reconciler.Engine.Git;

/// <summary>Which commit the desired state came from, recorded in payload metadata and reports.</summary>
/// <param name="Commit">The full commit id, or null when the folder is not a git repository.</param>
/// <param name="Dirty">True when the working tree has uncommitted changes under the content root.</param>
/// <param name="Label">How people named it: the <c>--ref</c> given, or "working tree".</param>
public sealed record SourceRevision(string? Commit, bool Dirty, string Label)
{
    /// <summary>Not a git repository.</summary>
    public static SourceRevision None { get; } = new(null, false, "working tree");

    /// <summary>Short form for people: "1a2b3c4d5e6f (dirty)".</summary>
    public string Display => Commit is null ? "not a git repository" : Commit[..Math.Min(12, Commit.Length)] + (Dirty ? " (dirty)" : "");
}
