namespace Reconciler.Core.Content;

/// <summary>
/// Reads content from a folder on disk (the working tree). Walks only the content folders and the
/// root's own files, skips <c>.git</c>, and returns files in ordinal order of their
/// repository-relative path. Symbolic links are never followed — a link could point outside the
/// repository or loop — but come back as <see cref="SourceFile.IsSymbolicLink"/> entries so the
/// loader can say why they are not read; that includes a content folder that is itself a link.
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

        var entries = new List<Entry>();
        Walk(new DirectoryInfo(_root), recurse: false, entries);
        foreach (var folder in ContentPaths.Folders)
        {
            var directory = new DirectoryInfo(Path.Combine(_root, folder.TrimEnd('/')));
            if (directory.Exists && directory.LinkTarget is null)
            {
                Walk(directory, recurse: true, entries);
            }
        }

        // A link to a folder matters when what would be under it does ("templates" → "templates/").
        return entries
            .Where(e => include(e.Relative) || (e.Kind == EntryKind.Link && include(e.Relative + "/")))
            .OrderBy(e => e.Relative, StringComparer.Ordinal)
            .Select(e => e.Kind switch
            {
                EntryKind.Link => SourceFile.SymbolicLink(e.Relative),
                EntryKind.Unreadable => new SourceFile(e.Relative, -1, null),
                _ => Read(e.File!, e.Relative, maxBytes),
            });
    }

    private void Walk(DirectoryInfo directory, bool recurse, List<Entry> entries)
    {
        List<FileSystemInfo> children;
        try
        {
            children = directory.EnumerateFileSystemInfos().ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable folder is reported once, as the folder, rather than silently dropped.
            entries.Add(new Entry(Relative(directory.FullName), EntryKind.Unreadable));
            return;
        }

        foreach (var child in children)
        {
            var relative = Relative(child.FullName);
            // The attributes and length come with the enumeration; asking for LinkTarget and making
            // a new FileInfo cost two more system calls for each of 10,000 files before any parsing.
            if (child.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                entries.Add(new Entry(relative, EntryKind.Link));
            }
            else if (child is DirectoryInfo subfolder)
            {
                if (recurse)
                {
                    Walk(subfolder, recurse, entries);
                }
            }
            else
            {
                entries.Add(new Entry(relative, EntryKind.File, (FileInfo)child));
            }
        }
    }

    /// <summary>Only the platform's separator becomes '/': on Linux a backslash is part of a file name.</summary>
    private string Relative(string full) => Path.GetRelativePath(_root, full).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>Reads a file the walk found; its length was read with the enumeration, and a file gone since is unreadable.</summary>
    private static SourceFile Read(FileInfo file, string relative, long maxBytes)
    {
        try
        {
            var length = file.Length;
            if (length > maxBytes)
            {
                return new SourceFile(relative, length, null);
            }

            // Nothing to read — and not opening it matters: opening a named pipe blocks until
            // someone writes to it, and a device such as /dev/zero never ends. Both report size 0.
            if (length == 0)
            {
                return new SourceFile(relative, 0, []);
            }

            var bytes = File.ReadAllBytes(file.FullName);
            return bytes.Length > maxBytes ? new SourceFile(relative, bytes.Length, null) : new SourceFile(relative, bytes.Length, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SourceFile(relative, -1, null);
        }
    }

    private enum EntryKind
    {
        File,
        Link,
        Unreadable,
    }

    private sealed record Entry(string Relative, EntryKind Kind, FileInfo? File = null);
}
