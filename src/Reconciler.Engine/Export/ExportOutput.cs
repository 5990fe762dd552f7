using Reconciler.Core.Schemas;

namespace Reconciler.Engine.Export;

/// <summary>
/// The folder an export writes: each file written atomically (temp file, then rename) and only
/// when its bytes change, plus a copy of the JSON Schemas the files' <c>$schema</c> comments name.
/// </summary>
internal sealed class ExportOutput
{
    private readonly string _root;
    private readonly List<string> _written = [];

    public ExportOutput(string root)
    {
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    /// <summary>Repository-relative paths written (or confirmed unchanged), in order.</summary>
    public IReadOnlyList<string> Written => _written;

    public void WriteSchemas()
    {
        foreach (var kind in Enum.GetValues<ContentKind>())
        {
            Write(".schemas/" + ContentSchemas.FileName(kind), System.Text.Encoding.UTF8.GetBytes(ContentSchemas.Text(kind)));
        }
    }

    public void Write(string relativePath, byte[] content)
    {
        // File names come from CXone ids: refuse any that would leave the folder.
        var path = Path.GetFullPath(Path.Combine(_root, relativePath));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relativePath.Contains("..", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write '{relativePath}': the id it comes from would place it outside {_root}.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _written.Add(relativePath);
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
        {
            return;
        }

        var temp = path + ".tmp-" + Environment.ProcessId;
        File.WriteAllBytes(temp, content);
        File.Move(temp, path, overwrite: true);
    }
}
