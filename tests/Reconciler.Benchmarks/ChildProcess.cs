using System.Diagnostics;
using System.Globalization;

namespace Reconciler.Benchmarks;

/// <summary>
/// Runs a command as a child process and measures what a user would: wall time from start to exit,
/// peak resident memory (Linux VmHWM, sampled every few milliseconds while it runs), and the CPU
/// time it used.
/// </summary>
internal static class ChildProcess
{
    public static async Task<ChildRun> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var cpuBefore = ChildCpu.Total();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peakKb = 0;
        while (!process.HasExited)
        {
            peakKb = Math.Max(peakKb, ReadPeakKb(process.Id));
            await Task.WhenAny(process.WaitForExitAsync(), Task.Delay(5));
        }

        await process.WaitForExitAsync();
        var wall = watch.Elapsed;
        var cpu = ChildCpu.Total() - cpuBefore;
        return new ChildRun(process.ExitCode, wall, peakKb / 1024.0, cpu, await stdout, await stderr);
    }

    private static long ReadPeakKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process exited between the check and the read.
        }

        return 0;
    }
}

/// <summary>One finished child process; <paramref name="Cpu"/> is null where it cannot be measured.</summary>
internal sealed record ChildRun(int ExitCode, TimeSpan Wall, double PeakMb, TimeSpan? Cpu, string Output, string Error);
