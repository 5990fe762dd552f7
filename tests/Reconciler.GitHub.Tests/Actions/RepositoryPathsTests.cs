using Reconciler.GitHub.Actions;

namespace Reconciler.GitHub.Tests.Actions;

public sealed class RepositoryPathsTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("paths-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Prefix_ContentInSubfolderOfGitRepository_IsThatSubfolder()
    {
        Directory.CreateDirectory(Path.Combine(_root.FullName, "repo", ".git"));
        var content = Directory.CreateDirectory(Path.Combine(_root.FullName, "repo", "cxone", "content")).FullName;

        Assert.Equal("cxone/content/", RepositoryPaths.Prefix(content, workspace: null));
    }

    [Fact]
    public void Prefix_ContentIsTheGitRoot_IsEmpty()
    {
        Directory.CreateDirectory(Path.Combine(_root.FullName, ".git"));

        Assert.Equal("", RepositoryPaths.Prefix(_root.FullName, workspace: null));
    }

    [Fact]
    public void Prefix_NoGitButWorkspace_IsRelativeToWorkspace()
    {
        var content = Directory.CreateDirectory(Path.Combine(_root.FullName, "ws", "sub")).FullName;

        Assert.Equal("sub/", RepositoryPaths.Prefix(content, Path.Combine(_root.FullName, "ws")));
    }

    [Fact]
    public void Prefix_ContentOutsideWorkspace_IsEmpty()
    {
        var content = Directory.CreateDirectory(Path.Combine(_root.FullName, "elsewhere")).FullName;

        Assert.Equal("", RepositoryPaths.Prefix(content, Path.Combine(_root.FullName, "ws")));
    }

    [Fact]
    public void Prefix_NoContentRoot_IsEmpty()
    {
        Assert.Equal("", RepositoryPaths.Prefix(null, "/x"));
    }
}
