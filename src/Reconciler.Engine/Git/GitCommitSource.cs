using Reconciler.Core.Content;

namespace Reconciler.Engine.Git;

/// <summary>
/// Content read from a commit through git plumbing, without a checkout: one <c>ls-tree</c> and one
/// <c>cat-file --batch</c> process however many files there are.
/// </summary>
public sealed class GitCommitSource : IContentSource
{
    private readonly IGitRepository _repository;
    private readonly string _commit;
    private readonly string _prefix;

    /// <param name="repository">The git repository.</param>
    /// <param name="commit">A full commit id.</param>
    /// <param name="prefix">The content root inside the repository ("" or "content/", with a trailing slash).</param>
    /// <param name="label">How people named the commit (e.g. the <c>--ref</c> given).</param>
    public GitCommitSource(IGitRepository repository, string commit, string prefix, string label)
    {
        _repository = repository;
        _commit = commit;
        _prefix = prefix.Length == 0 || prefix.EndsWith('/') ? prefix : prefix + "/";
        Description = $"commit {commit[..Math.Min(12, commit.Length)]} ({label})";
    }

    /// <inheritdoc/>
    public string Description { get; }

    /// <inheritdoc/>
    public IEnumerable<SourceFile> ReadFiles(Func<string, bool> include, long maxBytes)
    {
        var entries = _repository.ListTree(_commit, _prefix)
            .Select(e => e with { Path = e.Path[_prefix.Length..] })
            // A link to a folder matters when what would be under it does ("templates" → "templates/").
            .Where(e => include(e.Path) || (e.IsSymbolicLink && include(e.Path + "/")))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        // A symbolic link's blob is its target path: never read as content, never followed.
        var wanted = entries.Where(e => e.Size <= maxBytes && !e.IsSymbolicLink).Select(e => e.ObjectId).Distinct().ToList();
        var blobs = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (id, content) in _repository.ReadBlobs(wanted))
        {
            blobs[id] = content;
        }

        foreach (var entry in entries)
        {
            yield return entry.IsSymbolicLink ? SourceFile.SymbolicLink(entry.Path)
                : new SourceFile(entry.Path, entry.Size, entry.Size <= maxBytes ? blobs[entry.ObjectId] : null);
        }
    }
}
