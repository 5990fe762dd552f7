namespace Reconciler.Engine.Git;

/// <summary>One blob of <c>git ls-tree -r -l</c>; <paramref name="IsSymbolicLink"/> for mode 120000, whose blob is the link's target path.</summary>
public sealed record GitTreeEntry(string Path, string ObjectId, long Size, bool IsSymbolicLink = false);
