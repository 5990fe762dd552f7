namespace Reconciler.Core.Content;

/// <summary>One file of the content repository as a source delivers it.</summary>
/// <param name="Path">Repository-relative path with <c>/</c> separators.</param>
/// <param name="Length">Size in bytes.</param>
/// <param name="Content">The bytes, or null when <paramref name="Length"/> exceeds the read cap.</param>
public sealed record SourceFile(string Path, long Length, byte[]? Content)
{
    /// <summary>True when the file was too large to read.</summary>
    public bool IsTooLarge => Content is null;
}
