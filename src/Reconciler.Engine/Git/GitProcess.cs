using System.Diagnostics;
using System.Text;

namespace Reconciler.Engine.Git;

/// <summary>Runs one <c>git</c> command with arguments passed as a list (never through a shell).</summary>
internal static class GitProcess
{
    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Hooks, pagers, prompts and the user's aliases must not change what plumbing prints.
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("core.quotepath=off");
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        info.Environment["GIT_PAGER"] = "cat";
        info.Environment["LC_ALL"] = "C";
        return info;
    }

    /// <summary>Runs git to completion; returns stdout bytes, or throws <see cref="GitException"/> with git's stderr.</summary>
    public static byte[] Run(string workingDirectory, params string[] arguments)
    {
        var (exitCode, output, error) = TryRun(workingDirectory, arguments);
        if (exitCode != 0)
        {
            throw new GitException($"git {string.Join(' ', arguments)} failed: {error.Trim()}");
        }

        return output;
    }

    public static (int ExitCode, byte[] Output, string Error) TryRun(string workingDirectory, params string[] arguments)
    {
        Process process;
        try
        {
            process = Process.Start(StartInfo(workingDirectory, arguments))
                ?? throw new GitException("git could not be started.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new GitException("git is not installed or not on PATH; install it (apt-get install -y git).", e);
        }

        using (process)
        {
            process.StandardInput.Close();
            var errorTask = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            return (process.ExitCode, output.ToArray(), errorTask.GetAwaiter().GetResult());
        }
    }

    public static string RunText(string workingDirectory, params string[] arguments) =>
        Encoding.UTF8.GetString(Run(workingDirectory, arguments)).TrimEnd('\n');

    /// <summary>Splits NUL-terminated output (the <c>-z</c> formats).</summary>
    public static string[] SplitNul(byte[] output) =>
        Encoding.UTF8.GetString(output).Split('\0', StringSplitOptions.RemoveEmptyEntries);
}
