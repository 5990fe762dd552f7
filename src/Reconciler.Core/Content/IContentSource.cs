namespace Reconciler.Core.Content;

/// <summary>
/// Where content files come from: the working tree of a folder, or a commit read through git
/// without a checkout. Loading and validation never touch the file system directly.
/// </summary>
public interface IContentSource
{
    /// <summary>For people: "working tree /path/to/repo" or "commit 1a2b3c4 (main)".</summary>
    string Description { get; }

    /// <summary>
    /// The files whose repository-relative path satisfies <paramref name="include"/>, in ordinal
    /// path order. Files larger than <paramref name="maxBytes"/> come back with no content.
    /// </summary>
    IEnumerable<SourceFile> ReadFiles(Func<string, bool> include, long maxBytes);
}
