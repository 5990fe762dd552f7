namespace Reconciler.GitHub.Actions;

/// <summary>Where the content repository sits inside the git repository, for annotation paths and links.</summary>
internal static class RepositoryPaths
{
    /// <summary>
    /// The folder of <paramref name="contentRoot"/> relative to the git repository that contains it
    /// (nearest folder with a <c>.git</c>), else relative to <paramref name="workspace"/>; "" when it
    /// is the root or cannot be told. Always <c>/</c>-separated, ending in <c>/</c> unless empty.
    /// </summary>
    public static string Prefix(string? contentRoot, string? workspace)
    {
        if (string.IsNullOrEmpty(contentRoot))
        {
            return "";
        }

        var content = Path.GetFullPath(contentRoot);
        string? root = null;
        for (var dir = new DirectoryInfo(content); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                root = dir.FullName;
                break;
            }
        }

        root ??= workspace is { Length: > 0 } ? Path.GetFullPath(workspace) : null;
        if (root is null)
        {
            return "";
        }

        var relative = Path.GetRelativePath(root, content).Replace('\\', '/');
        if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return "";
        }

        return relative.TrimEnd('/') + "/";
    }
}
