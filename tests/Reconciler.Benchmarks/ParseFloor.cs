using System.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Reconciler.Benchmarks;

/// <summary>
/// The floor: read every content file and parse it into a YAML node tree with YamlDotNet, nothing
/// else. Run in a fresh process (<c>reconciler-bench parse-floor DIR</c>) so its wall time pays the
/// same start-up and JIT that <c>reconciler validate</c> pays, and the two compare like for like.
/// </summary>
internal static class ParseFloor
{
    public static int Run(string root)
    {
        var watch = Stopwatch.StartNew();
        var files = Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.", StringComparison.Ordinal))
            .ToList();
        var nodes = 0L;
        foreach (var file in files)
        {
            using var reader = new StreamReader(file);
            var stream = new YamlStream();
            stream.Load(reader);
            nodes += stream.Documents.Count == 0 ? 0 : stream.Documents[0].AllNodes.LongCount();
        }

        Console.WriteLine($"parse-floor: {files.Count} files, {nodes} nodes in {watch.Elapsed.TotalMilliseconds:0} ms");
        return 0;
    }
}
