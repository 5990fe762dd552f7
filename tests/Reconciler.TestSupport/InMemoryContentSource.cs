using System.Text;
using Reconciler.Core.Content;

namespace Reconciler.TestSupport;

/// <summary>A content repository held in memory: path → text.</summary>
public sealed class InMemoryContentSource : IContentSource
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public string Description => "in-memory test content";

    public InMemoryContentSource With(string path, string content)
    {
        _files[path] = Encoding.UTF8.GetBytes(content);
        return this;
    }

    /// <summary>The example content, as committed in this repository.</summary>
    public static InMemoryContentSource FromFolder(string folder)
    {
        var source = new InMemoryContentSource();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (!relative.StartsWith(".reconciler/", StringComparison.Ordinal))
            {
                source._files[relative] = File.ReadAllBytes(file);
            }
        }

        return source;
    }

    public IEnumerable<SourceFile> ReadFiles(Func<string, bool> include, long maxBytes) =>
        _files.Where(f => include(f.Key)).Select(f => new SourceFile(f.Key, f.Value.Length, f.Value.Length <= maxBytes ? f.Value : null));
}
