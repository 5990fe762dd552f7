namespace Reconciler.Engine.Git;

/// <summary>One blob of <c>git ls-tree -r -l</c>.</summary>
public sealed record GitTreeEntry(string Path, string ObjectId, long Size);
