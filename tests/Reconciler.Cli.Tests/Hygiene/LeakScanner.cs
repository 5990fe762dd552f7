using System.Text;

namespace Reconciler.Cli.Tests.Hygiene;

/// <summary>
/// Everything a run left behind — streams, files, bodies received by the fakes — searched byte for
/// byte for known secrets. A finding names the secret and where it was, never the secret itself.
/// </summary>
internal sealed class LeakScanner
{
    private readonly List<(string Where, byte[] Bytes)> _artifacts = [];

    public int ArtifactCount => _artifacts.Count;

    public long ByteCount => _artifacts.Sum(a => (long)a.Bytes.Length);

    public void AddText(string where, string? text) => _artifacts.Add((where, Encoding.UTF8.GetBytes(text ?? "")));

    public void AddBytes(string where, byte[] bytes) => _artifacts.Add((where, bytes));

    public void AddRun(string label, CliResult result)
    {
        AddText(label + ": stdout", result.Output);
        AddText(label + ": stderr", result.Error);
    }

    /// <summary>Every file under <paramref name="root"/> (but .git, which holds only what the test committed).</summary>
    public void AddFolder(string label, string root)
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] == ".git")
            {
                continue;
            }

            AddBytes($"{label}/{relative}", File.ReadAllBytes(file));
            // A file's name can leak too.
            AddText($"{label}/{relative} (file name)", relative);
        }
    }

    /// <summary>Where each needle occurs: "NEEDLE-LABEL in WHERE at line N", never the value.</summary>
    public IReadOnlyList<string> Find(IEnumerable<(string Label, string Value)> needles)
    {
        var findings = new List<string>();
        foreach (var (label, value) in needles)
        {
            if (value.Length < 8)
            {
                throw new InvalidOperationException($"Needle {label} is too short to search for meaningfully.");
            }

            var needle = Encoding.UTF8.GetBytes(value);
            foreach (var (where, bytes) in _artifacts)
            {
                var at = bytes.AsSpan().IndexOf(needle);
                if (at >= 0)
                {
                    var line = 1 + bytes.AsSpan(0, at).Count((byte)'\n');
                    findings.Add($"{label} in {where} at line {line}");
                }
            }
        }

        return findings;
    }
}
