using System.Text;
using Reconciler.Engine.Git;

using Reconciler.TestSupport;

namespace Reconciler.Engine.Tests.Git;

public sealed class GitCommitSourceTests
{
    [Fact]
    public void ReadFiles_ContentInSubfolder_PathsRelativeToContentRootAndFiltered()
    {
        using var repo = new TempGitRepository();
        repo.Write("content/templates/b.yaml", "b");
        repo.Write("content/templates/a.yaml", "a");
        repo.Write("content/README.md", "ignored");
        repo.Write("src/x.cs", "not content");
        var commit = repo.Commit("first");
        var git = GitCommandRepository.Discover(repo.Root)!;
        var source = new GitCommitSource(git, commit, "content", "main");

        var files = source.ReadFiles(p => p.EndsWith(".yaml", StringComparison.Ordinal), 1024).ToList();

        Assert.Equal(["templates/a.yaml", "templates/b.yaml"], files.Select(f => f.Path));
        Assert.Equal("a", Encoding.UTF8.GetString(files[0].Content!));
        Assert.Contains("main", source.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFiles_FileOverCap_ReturnedWithoutContent()
    {
        using var repo = new TempGitRepository();
        repo.Write("templates/big.yaml", new string('x', 5000));
        repo.Write("templates/small.yaml", "s");
        var commit = repo.Commit("first");
        var source = new GitCommitSource(GitCommandRepository.Discover(repo.Root)!, commit, "", "HEAD");

        var files = source.ReadFiles(_ => true, 1000).ToDictionary(f => f.Path);

        Assert.True(files["templates/big.yaml"].IsTooLarge);
        Assert.Equal(5000, files["templates/big.yaml"].Length);
        Assert.False(files["templates/small.yaml"].IsTooLarge);
    }
}
