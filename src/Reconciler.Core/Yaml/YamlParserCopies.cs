using System.Reflection;
using System.Runtime.Loader;

namespace Reconciler.Core.Yaml;

/// <summary>
/// Gives each core its own copy of YamlDotNet to parse YAML with.
/// </summary>
/// <remarks>
/// YamlDotNet's scanner rents several StringBuilders per scalar from one static pool per process.
/// Two threads parsing at once keep taking that pool's cache lines from each other: on this
/// project's 2-core benchmark machine, two threads parsing 10,702 files together used 1.5-1.7 times
/// the CPU of one thread and finished only 13-24% sooner. Each copy, loaded with its own YamlDotNet
/// in its own <see cref="AssemblyLoadContext"/>, has its own pool: with a copy per thread the same
/// parse took about a third less wall time, and <c>reconciler validate</c> of 30,000 template
/// variants went from 1.82 s to 1.64 s (tests/Reconciler.Benchmarks' repository, 8 runs
/// interleaved). Only framework types cross between copies (<see cref="YamlEventRecorder"/>). A
/// publish gives each copy files of its own (<see cref="OwnFile"/>), so that it runs ReadyToRun code.
/// </remarks>
internal static class YamlParserCopies
{
    private static readonly Lazy<Func<string, Func<YamlEventRecord, bool>, YamlParseOutcome>>[] Copies = CreateCopies();

    /// <summary>
    /// The parse of the copy that belongs to the core this thread runs on, so that threads running
    /// at the same time use different copies, whichever threads they are.
    /// </summary>
    public static Func<string, Func<YamlEventRecord, bool>, YamlParseOutcome> ForCurrentCore() =>
        Copies[(int)((uint)Thread.GetCurrentProcessorId() % (uint)Copies.Length)].Value;

    private static Lazy<Func<string, Func<YamlEventRecord, bool>, YamlParseOutcome>>[] CreateCopies()
    {
        var copies = new Lazy<Func<string, Func<YamlEventRecord, bool>, YamlParseOutcome>>[Math.Max(1, Environment.ProcessorCount)];
        copies[0] = new(() => YamlEventRecorder.Parse);
        for (var i = 1; i < copies.Length; i++)
        {
            var name = $"yaml-parser-{i}";
            copies[i] = new(() => TryLoadCopy(name) ?? YamlEventRecorder.Parse);
        }

        return copies;
    }

    /// <summary>
    /// A separate copy of this assembly and YamlDotNet, or null where they cannot be loaded from
    /// files (a single-file app), in which case the thread shares the first copy: slower, still correct.
    /// </summary>
    internal static Func<string, Func<YamlEventRecord, bool>, YamlParseOutcome>? TryLoadCopy(string name)
    {
        try
        {
            var context = new CopyContext(name, [typeof(YamlParserCopies).Assembly, typeof(YamlDotNet.Core.Parser).Assembly]);
            var copy = context.LoadFromAssemblyName(typeof(YamlParserCopies).Assembly.GetName());
            var parse = copy.GetType(typeof(YamlEventRecorder).FullName!, throwOnError: true)!
                .GetMethod(nameof(YamlEventRecorder.Parse), BindingFlags.Public | BindingFlags.Static)!;
            return parse.CreateDelegate<Func<string, Func<YamlEventRecord, bool>, YamlParseOutcome>>();
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or ArgumentException or InvalidOperationException or TypeLoadException or MissingMethodException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// Where a published app keeps the copy <paramref name="copyName"/> of <paramref name="file"/>: a
    /// folder of that name beside it (Reconciler.Cli's publish writes yaml-parser-1 to -3). The
    /// runtime uses an assembly's ReadyToRun code only in the first load context that loads that
    /// file; a copy loaded from the same file ran YamlDotNet jitted, from tier 0.
    /// </summary>
    internal static string OwnFile(string copyName, string file) =>
        Path.Combine(Path.GetDirectoryName(file)!, copyName, Path.GetFileName(file));

    /// <summary>
    /// Loads its own copy of the given assemblies, from the copy's own files where they exist and
    /// from the app's otherwise; everything else resolves to the copies the app already has.
    /// </summary>
    private sealed class CopyContext : AssemblyLoadContext
    {
        private readonly Dictionary<string, string> _files;

        public CopyContext(string name, IEnumerable<Assembly> assemblies)
            : base(name)
        {
            _files = assemblies.ToDictionary(
                a => a.GetName().Name!,
                a => string.IsNullOrEmpty(a.Location) ? throw new NotSupportedException("the assembly has no file of its own") : a.Location,
                StringComparer.Ordinal);
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name is not { } name || !_files.TryGetValue(name, out var file))
            {
                return null;
            }

            var own = OwnFile(Name!, file);
            return LoadFromAssemblyPath(File.Exists(own) ? own : file);
        }
    }
}
