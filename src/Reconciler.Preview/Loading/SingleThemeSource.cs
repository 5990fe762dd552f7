using Reconciler.Core.Content;

namespace Reconciler.Preview.Loading;

/// <summary>
/// Presents one theme file, wherever it lives, as <c>themes/&lt;name&gt;</c> of a repository that
/// holds nothing else, so the loader and every theme rule treat it exactly as in a repository.
/// </summary>
internal sealed class SingleThemeSource(string fullPath, string contentPath) : IContentSource
{
    public string Description => $"theme file {fullPath}";

    public IEnumerable<SourceFile> ReadFiles(Func<string, bool> include, long maxBytes)
    {
        if (!include(contentPath))
        {
            return [];
        }

        try
        {
            var length = new FileInfo(fullPath).Length;
            return length > maxBytes
                ? [new SourceFile(contentPath, length, null)]
                : [new SourceFile(contentPath, length, File.ReadAllBytes(fullPath))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new SourceFile(contentPath, -1, null)];
        }
    }
}
