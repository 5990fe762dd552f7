namespace Reconciler.Core.Content;

/// <summary>One file of the content repository as a source delivers it.</summary>
/// <param name="Path">Repository-relative path with <c>/</c> separators.</param>
/// <param name="Length">Size in bytes; negative when the file could not be read at all.</param>
/// <param name="Content">The bytes, or null when <paramref name="Length"/> exceeds the read cap, the file is unreadable or a symbolic link.</param>
public sealed record SourceFile(string Path, long Length, byte[]? Content)
{
    /// <summary>True when the file was too large to read.</summary>
    public bool IsTooLarge => Content is null && Length >= 0 && !IsSymbolicLink;

    /// <summary>True when the source could not read the file (permissions, I/O error).</summary>
    public bool IsUnreadable => Length < 0;

    /// <summary>
    /// True for a symbolic link (to a file or a folder), which sources never follow: it could point
    /// outside the repository, and git stores it as a path, not as content.
    /// </summary>
    public bool IsSymbolicLink { get; init; }

    /// <summary>A symbolic link at <paramref name="path"/>, reported but not read.</summary>
    public static SourceFile SymbolicLink(string path) => new(path, 0, null) { IsSymbolicLink = true };
}
