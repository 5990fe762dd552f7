namespace Reconciler.Core.Content;

/// <summary>
/// Reads content from a folder on disk (the working tree). Walks only the content folders and the
/// root's own files, skips <c>.git</c> and symbolic links (a link could point outside the
/// repository or loop), and returns files in ordinal order of their repository-relative path.
/// </summary>
public sealed class WorkingTreeSource : IContentSource
{
    private readonly string _root;

    /// <summary>Reads from <paramref name="repoRoot"/>.</summary>
    public WorkingTreeSource(string repoRoot)
    {
        ArgumentException.ThrowIfNullOrEmpty(repoRoot);
        _root = Path.GetFullPath(repoRoot);
    }

    /// <inheritdoc />
    public string Description => $"working tree {_root}";

    /// <summary>True when the folder exists.</summary>
    public bool Exists => Directory.Exists(_root);

    /// <inheritdoc />
    public IEnumerable<SourceFile> ReadFiles(Func<string, bool> include, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(include);
        if (!Exists)
        {
            return [];
        }

        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
            IgnoreInaccessible = true,
            MatchType = MatchType.Simple,
        };
        var paths = Directory.EnumerateFiles(_root, "*", new EnumerationOptions { AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true })
            .Concat(ContentPaths.Folders
                .Select(f => Path.Combine(_root, f.TrimEnd('/')))
                .Where(Directory.Exists)
                .SelectMany(d => Directory.EnumerateFiles(d, "*", options)))
            .Select(full => (Full: full, Relative: Path.GetRelativePath(_root, full).Replace('\\', '/')))
            .Where(p => include(p.Relative))
            .OrderBy(p => p.Relative, StringComparer.Ordinal)
            .ToList();
        return paths.Select(p => Read(p.Full, p.Relative, maxBytes));
    }

    private static SourceFile Read(string full, string relative, long maxBytes)
    {
        try
        {
            var length = new FileInfo(full).Length;
            if (length > maxBytes)
            {
                return new SourceFile(relative, length, null);
            }

            var bytes = File.ReadAllBytes(full);
            return bytes.Length > maxBytes ? new SourceFile(relative, bytes.Length, null) : new SourceFile(relative, bytes.Length, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SourceFile(relative, -1, null);
        }
    }
}
