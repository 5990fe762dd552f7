using System.Text;
using Reconciler.Core.Content;

namespace Reconciler.Core.Tests.Support;

/// <summary>A content repository held in memory: path → bytes.</summary>
internal sealed class InMemorySource : IContentSource
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public string Description => "in-memory test repository";

    public InMemorySource Add(string path, string text)
    {
        _files[path] = Encoding.UTF8.GetBytes(text);
        return this;
    }

    public InMemorySource Add(string path, byte[] bytes)
    {
        _files[path] = bytes;
        return this;
    }

    public IEnumerable<SourceFile> ReadFiles(Func<string, bool> include, long maxBytes) =>
        _files.Where(f => include(f.Key))
            .Select(f => new SourceFile(f.Key, f.Value.Length, f.Value.Length > maxBytes ? null : f.Value))
            .ToList();
}
