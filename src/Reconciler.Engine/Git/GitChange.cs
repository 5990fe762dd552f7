namespace Reconciler.Engine.Git;

/// <summary>One entry of <c>git diff --name-status</c>: A, M, D, R… and the path (the new path for renames).</summary>
public sealed record GitChange(char Status, string Path, string? OldPath = null);
