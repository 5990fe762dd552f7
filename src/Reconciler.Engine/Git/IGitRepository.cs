namespace Reconciler.Engine.Git;

/// <summary>
/// The few git operations the reconciler needs. Implemented over the <c>git</c> command's plumbing
/// (<see cref="GitCommandRepository"/>); the seam lets LibGit2Sharp replace it where its native
/// binaries are available.
/// </summary>
public interface IGitRepository
{
    /// <summary>The top-level folder of the work tree.</summary>
    string Root { get; }

    /// <summary>The full commit id that <paramref name="revision"/> names; a clear error when it names none.</summary>
    string ResolveCommit(string revision);

    /// <summary>True when tracked or untracked (not ignored) files under <paramref name="path"/> differ from HEAD.</summary>
    bool IsDirty(string path);

    /// <summary>Every blob of <paramref name="commit"/> under <paramref name="path"/> (repo-relative, "" for all).</summary>
    IReadOnlyList<GitTreeEntry> ListTree(string commit, string path);

    /// <summary>Reads blobs in one <c>git cat-file --batch</c> process; yields (id, bytes) in request order.</summary>
    IEnumerable<(string ObjectId, byte[] Content)> ReadBlobs(IEnumerable<string> objectIds);

    /// <summary>The files changed between two commits (what a pull request introduced).</summary>
    IReadOnlyList<GitChange> Diff(string fromCommit, string toCommit, string path);
}
