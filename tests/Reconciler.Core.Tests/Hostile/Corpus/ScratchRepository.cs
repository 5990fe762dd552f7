namespace Reconciler.Core.Tests.Hostile.Corpus;

/// <summary>
/// A content repository on disk in a temp folder, holding the seed files; a mutant replaces one
/// file and <see cref="Restore"/> puts the seed back, so each mutant is validated beside the
/// valid rest of the repository (cross-file rules included) without copying it a thousand times.
/// </summary>
internal sealed class ScratchRepository : IDisposable
{
    private readonly Dictionary<string, byte[]> _seeds;

    public ScratchRepository(IEnumerable<SeedFile> seeds)
    {
        Root = Directory.CreateTempSubdirectory("reconciler-hostile-").FullName;
        _seeds = seeds.ToDictionary(s => s.Path, s => s.Content, StringComparer.Ordinal);
        foreach (var (path, content) in _seeds)
        {
            Write(path, content);
        }
    }

    public string Root { get; }

    public void Write(string relativePath, byte[] content)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }

    public void Restore(string relativePath) => Write(relativePath, _seeds[relativePath]);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
