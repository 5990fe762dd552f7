using System.Runtime.InteropServices;

namespace Reconciler.Benchmarks;

/// <summary>
/// CPU time used by child processes that have exited and been waited for (getrusage with
/// RUSAGE_CHILDREN), their own children (git) included. The benchmark runs its measured children one
/// at a time, so the difference across one run is that run's CPU. CPU-seconds drift less than wall
/// time when the VM's neighbours are busy, and show work that two cores hide.
/// </summary>
internal static class ChildCpu
{
    private const int ChildrenWho = -1;

    /// <summary>The total so far, or null where the platform has no getrusage.</summary>
    public static TimeSpan? Total()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return null;
        }

        try
        {
            return NativeMethods.getrusage(ChildrenWho, out var usage) == 0
                ? TimeSpan.FromSeconds(usage.UserSeconds + usage.SystemSeconds) + TimeSpan.FromMicroseconds(usage.UserMicroseconds + usage.SystemMicroseconds)
                : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>struct rusage on 64-bit Unix: two timevals, then fourteen longs this code does not read.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "getrusage")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int getrusage(int who, out ResourceUsage usage);
    }
}
