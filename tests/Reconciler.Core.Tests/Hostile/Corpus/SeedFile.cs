namespace Reconciler.Core.Tests.Hostile.Corpus;

/// <summary>A valid content file the mutations start from, with its repository-relative path.</summary>
internal sealed record SeedFile(string Path, byte[] Content)
{
    /// <summary>
    /// Every content file of <paramref name="contentRoot"/> (templates, themes, widgets and
    /// reconciler.yaml), in ordinal path order so the corpus is the same on every machine.
    /// </summary>
    public static IReadOnlyList<SeedFile> LoadFrom(string contentRoot)
    {
        var folders = new[] { "templates", "themes", "widgets" }
            .Select(f => System.IO.Path.Combine(contentRoot, f))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.yaml", SearchOption.AllDirectories));
        var settings = System.IO.Path.Combine(contentRoot, "reconciler.yaml");
        return folders
            .Concat(File.Exists(settings) ? [settings] : [])
            .Select(full => new SeedFile(System.IO.Path.GetRelativePath(contentRoot, full).Replace('\\', '/'), File.ReadAllBytes(full)))
            .OrderBy(s => s.Path, StringComparer.Ordinal)
            .ToList();
    }
}
