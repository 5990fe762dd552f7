using System.Text;
using Reconciler.Core.Content;

namespace Reconciler.Core.Tests.Content;

public sealed class WorkingTreeSourceTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("reconciler-tree-");

    public void Dispose() => _root.Delete(recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void ReadFiles_ReturnsRepoRelativeSlashPathsInOrdinalOrder()
    {
        Write("widgets/b.yaml", "b");
        Write("templates/sub/a.yaml", "a");
        Write("templates/B.yaml", "B");
        Write("reconciler.yaml", "r");
        Write(".git/config", "secret-ish");
        Write("other/x.yaml", "x");

        var files = new WorkingTreeSource(_root.FullName).ReadFiles(ContentPaths.IsOfInterest, 1024).ToList();

        Assert.Equal(["reconciler.yaml", "templates/B.yaml", "templates/sub/a.yaml", "widgets/b.yaml"], files.Select(f => f.Path));
        Assert.Equal("a", Encoding.UTF8.GetString(files[2].Content!));
    }

    [Fact]
    public void ReadFiles_FileOverTheCap_ComesBackWithoutContent()
    {
        Write("themes/big.yaml", new string('x', 2000));

        var file = Assert.Single(new WorkingTreeSource(_root.FullName).ReadFiles(_ => true, 1000));

        Assert.True(file.IsTooLarge);
        Assert.Equal(2000, file.Length);
    }

    [Fact]
    public void ReadFiles_MissingFolder_Empty()
    {
        var source = new WorkingTreeSource(Path.Combine(_root.FullName, "nope"));

        Assert.False(source.Exists);
        Assert.Empty(source.ReadFiles(_ => true, 1000));
    }

    [Fact]
    public void ReadFiles_SymbolicLinkOutOfTheRepository_IsNotFollowed()
    {
        var outside = Directory.CreateTempSubdirectory("reconciler-outside-");
        try
        {
            File.WriteAllText(Path.Combine(outside.FullName, "secret.yaml"), "secret");
            Directory.CreateDirectory(Path.Combine(_root.FullName, "templates"));
            Directory.CreateSymbolicLink(Path.Combine(_root.FullName, "templates", "linked"), outside.FullName);

            // Reported (so the loader can say why it is not read), never followed.
            var link = Assert.Single(new WorkingTreeSource(_root.FullName).ReadFiles(_ => true, 1000));
            Assert.Equal(("templates/linked", true, null), (link.Path, link.IsSymbolicLink, link.Content));
        }
        finally
        {
            outside.Delete(recursive: true);
        }
    }
}
