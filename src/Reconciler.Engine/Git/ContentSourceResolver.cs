using Reconciler.Core.Content;

namespace Reconciler.Engine.Git;

/// <summary>
/// Turns <c>--repo</c>, <c>--ref</c> and <c>--base</c> into a content source: the working tree, or
/// a commit read through git without a checkout; records the commit and whether the tree is dirty.
/// </summary>
public static class ContentSourceResolver
{
    /// <exception cref="GitException">The folder, a revision or git itself is not usable; the message says how to fix it.</exception>
    public static ResolvedContent Resolve(string repoFolder, string? gitRef, string? baseRef)
    {
        if (!Directory.Exists(repoFolder))
        {
            throw new GitException($"The repository folder '{repoFolder}' does not exist; pass --repo with the folder that holds templates/, themes/ and widgets/.");
        }

        var git = GitCommandRepository.Discover(repoFolder);
        if (git is null)
        {
            if (gitRef is not null || baseRef is not null)
            {
                throw new GitException($"--ref and --base read commits, but '{repoFolder}' is not inside a git repository. Drop them to read the folder as it is.");
            }

            return new ResolvedContent(new WorkingTreeSource(repoFolder), SourceRevision.None, null);
        }

        var prefix = Prefix(git.Root, repoFolder);
        IContentSource source;
        SourceRevision revision;
        string? head;
        if (gitRef is not null)
        {
            head = git.ResolveCommit(gitRef);
            source = new GitCommitSource(git, head, prefix, gitRef);
            revision = new SourceRevision(head, false, gitRef);
        }
        else
        {
            head = TryResolve(git, "HEAD");
            source = new WorkingTreeSource(repoFolder);
            revision = new SourceRevision(head, head is null || git.IsDirty(prefix), "working tree");
        }

        IReadOnlySet<string>? changed = null;
        if (baseRef is not null)
        {
            var baseCommit = git.ResolveCommit(baseRef);
            var to = head ?? throw new GitException("--base compares with the current commit, but this repository has no commit yet.");
            changed = git.Diff(baseCommit, to, prefix)
                .Select(c => c.Path[prefix.Length..])
                .ToHashSet(StringComparer.Ordinal);
        }

        return new ResolvedContent(source, revision, changed);
    }

    private static string? TryResolve(IGitRepository git, string revision)
    {
        try
        {
            return git.ResolveCommit(revision);
        }
        catch (GitException)
        {
            return null;
        }
    }

    /// <summary>The content folder's path inside the repository: "" or "content-example/".</summary>
    private static string Prefix(string gitRoot, string repoFolder)
    {
        // Resolve symlinks on both sides (e.g. /tmp on some systems) so the relative path is real.
        var root = new DirectoryInfo(gitRoot).ResolveLinkTarget(true)?.FullName ?? Path.GetFullPath(gitRoot);
        var folder = new DirectoryInfo(repoFolder).ResolveLinkTarget(true)?.FullName ?? Path.GetFullPath(repoFolder);
        var relative = Path.GetRelativePath(root, folder).Replace('\\', '/');
        return relative == "." ? string.Empty : relative.TrimEnd('/') + "/";
    }
}
