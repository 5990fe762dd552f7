using System.Text;
using Reconciler.Engine.Git;

using Reconciler.TestSupport;

namespace Reconciler.Engine.Tests.Git;

public sealed class GitCommandRepositoryTests
{
    [Fact]
    public void Discover_FolderOutsideAnyRepository_ReturnsNull()
    {
        var folder = Directory.CreateTempSubdirectory("no-git-").FullName;
        try
        {
            Assert.Null(GitCommandRepository.Discover(folder));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Discover_Subfolder_FindsTopLevel()
    {
        using var repo = new TempGitRepository();
        repo.Write("content/templates/a.yaml", "x: 1\n");
        repo.Commit("first");

        var git = GitCommandRepository.Discover(Path.Combine(repo.Root, "content"));

        Assert.NotNull(git);
        Assert.Equal(Path.GetFullPath(repo.Root), Path.GetFullPath(git.Root));
    }

    [Fact]
    public void ResolveCommit_BranchAndShortId_ResolveToFullId()
    {
        using var repo = new TempGitRepository();
        repo.Write("a.txt", "a");
        var commit = repo.Commit("first");
        var git = GitCommandRepository.Discover(repo.Root)!;

        Assert.Equal(commit, git.ResolveCommit("main"));
        Assert.Equal(commit, git.ResolveCommit(commit[..8]));
        Assert.Equal(commit, git.ResolveCommit("HEAD"));
    }

    [Theory]
    [InlineData("no-such-branch")]
    [InlineData("--output=/tmp/x")]
    public void ResolveCommit_UnknownOrOptionLikeRevision_ThrowsWithHint(string revision)
    {
        using var repo = new TempGitRepository();
        repo.Write("a.txt", "a");
        repo.Commit("first");
        var git = GitCommandRepository.Discover(repo.Root)!;

        var error = Assert.Throws<GitException>(() => git.ResolveCommit(revision));

        Assert.Contains(revision, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsDirty_TracksModifiedAndUntrackedFilesUnderPathOnly()
    {
        using var repo = new TempGitRepository();
        repo.Write("content/a.yaml", "a: 1\n");
        repo.Write("other/b.txt", "b");
        repo.Commit("first");
        var git = GitCommandRepository.Discover(repo.Root)!;
        Assert.False(git.IsDirty("content"));

        repo.Write("other/b.txt", "changed");
        Assert.False(git.IsDirty("content"));
        Assert.True(git.IsDirty(""));

        repo.Write("content/new.yaml", "n: 1\n");
        Assert.True(git.IsDirty("content"));
    }

    [Fact]
    public void ListTreeAndReadBlobs_ReturnCommittedContentNotWorkingTree()
    {
        using var repo = new TempGitRepository();
        repo.Write("content/templates/a.yaml", "version: v1\n");
        repo.Write("content/themes/dark theme.yaml", "naïve: ü\n");
        var first = repo.Commit("first");
        repo.Write("content/templates/a.yaml", "version: v2\n");
        repo.Commit("second");
        repo.Write("content/templates/a.yaml", "version: uncommitted\n");
        var git = GitCommandRepository.Discover(repo.Root)!;

        var entries = git.ListTree(first, "content");
        var blobs = git.ReadBlobs(entries.Select(e => e.ObjectId)).ToList();

        Assert.Equal(["content/templates/a.yaml", "content/themes/dark theme.yaml"], entries.Select(e => e.Path).Order(StringComparer.Ordinal));
        var byPath = entries.Zip(blobs).ToDictionary(p => p.First.Path, p => Encoding.UTF8.GetString(p.Second.Content));
        Assert.Equal("version: v1\n", byPath["content/templates/a.yaml"]);
        Assert.Equal("naïve: ü\n", byPath["content/themes/dark theme.yaml"]);
        Assert.Equal(Encoding.UTF8.GetByteCount("naïve: ü\n"), entries.Single(e => e.Path.EndsWith("theme.yaml", StringComparison.Ordinal)).Size);
    }

    [Fact]
    public void ReadBlobs_ManyObjects_StreamsAllWithoutDeadlock()
    {
        using var repo = new TempGitRepository();
        var big = new string('x', 200_000);
        for (var i = 0; i < 300; i++)
        {
            repo.Write($"t/{i:D3}.yaml", $"id: {i}\n{(i % 50 == 0 ? big : "")}");
        }

        var commit = repo.Commit("many");
        var git = GitCommandRepository.Discover(repo.Root)!;

        var entries = git.ListTree(commit, "t");
        var blobs = git.ReadBlobs(entries.Select(e => e.ObjectId)).ToList();

        Assert.Equal(300, blobs.Count);
        Assert.All(entries.Zip(blobs), pair => Assert.Equal(pair.First.Size, pair.Second.Content.Length));
    }

    [Fact]
    public void Diff_ReportsAddedModifiedDeletedBetweenCommits()
    {
        using var repo = new TempGitRepository();
        repo.Write("c/keep.yaml", "a");
        repo.Write("c/change.yaml", "a");
        repo.Write("c/remove.yaml", "a");
        var from = repo.Commit("first");
        repo.Write("c/change.yaml", "b");
        repo.Delete("c/remove.yaml");
        repo.Write("c/add.yaml", "a");
        repo.Write("elsewhere.txt", "a");
        var to = repo.Commit("second");
        var git = GitCommandRepository.Discover(repo.Root)!;

        var changes = git.Diff(from, to, "c").OrderBy(c => c.Path, StringComparer.Ordinal).ToList();

        Assert.Equal(
            [new GitChange('A', "c/add.yaml"), new GitChange('M', "c/change.yaml"), new GitChange('D', "c/remove.yaml")],
            changes);
    }

    [Fact]
    public void ShallowClone_ResolveCommitOfMissingHistory_SaysCloneIsShallow()
    {
        using var repo = new TempGitRepository();
        repo.Write("a.txt", "1");
        var old = repo.Commit("old");
        repo.Write("a.txt", "2");
        repo.Commit("new");
        var clone = Path.Combine(Path.GetTempPath(), "shallow-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            repo.Git("clone", "-q", "--depth", "1", "file://" + repo.Root, clone);
            var git = GitCommandRepository.Discover(clone)!;

            var error = Assert.Throws<GitException>(() => git.ResolveCommit(old));

            Assert.Contains("shallow", error.Message, StringComparison.Ordinal);
            Assert.NotEmpty(git.ListTree(git.ResolveCommit("HEAD"), ""));
        }
        finally
        {
            Directory.Delete(clone, true);
        }
    }
}
