using System.Runtime.CompilerServices;

namespace Reconciler.Core.Tests.Support;

/// <summary>Paths in this git repository, found from this source file (tests may build anywhere).</summary>
internal static class RepoPaths
{
    public static string Root => Path.GetFullPath(Path.Combine(Here(), "..", "..", ".."));

    public static string ContentExample => Path.Combine(Root, "content-example");

    private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
