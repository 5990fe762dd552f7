using System.Collections.Concurrent;
using System.Diagnostics;

namespace Reconciler.Cli.Tests.Reliability;

/// <summary>
/// The real <c>reconciler</c> (reconciler.dll beside the tests) as a child process, its output read
/// line by line as it comes, so a test can wait for a point of the run and SIGKILL it there.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentQueue<string> _error = new();
    private readonly TaskCompletionSource _outputClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _errorClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _lines = new(0);

    private CliProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Receive(e.Data, _output, _outputClosed);
        process.ErrorDataReceived += (_, e) => Receive(e.Data, _error, _errorClosed);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output => string.Join('\n', _output);

    public string Error => string.Join('\n', _error);

    /// <summary>Starts <c>dotnet reconciler.dll ARGS</c> in <paramref name="workingDirectory"/> with extra variables.</summary>
    public static CliProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var info = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reconciler.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // The child must not report to GitHub when the tests themselves run inside GitHub Actions.
        info.Environment.Remove("GITHUB_ACTIONS");
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        return new CliProcess(Process.Start(info)!);
    }

    /// <summary>Waits until <paramref name="count"/> stderr lines satisfy <paramref name="predicate"/>; false when the process ended first.</summary>
    public async Task<bool> WaitForErrorLinesAsync(Func<string, bool> predicate, int count, TimeSpan timeout) =>
        await WaitForLinesAsync(_error, _errorClosed, predicate, count, timeout);

    /// <summary>Waits until a stdout line satisfies <paramref name="predicate"/>; false when the process ended first.</summary>
    public async Task<bool> WaitForOutputLineAsync(Func<string, bool> predicate, TimeSpan timeout) =>
        await WaitForLinesAsync(_output, _outputClosed, predicate, 1, timeout);

    /// <summary>Lines of stderr that satisfy <paramref name="predicate"/> so far.</summary>
    public int CountErrorLines(Func<string, bool> predicate) => _error.Count(predicate);

    /// <summary>SIGKILL: no shutdown hook, no finally block, no flush runs in the child.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Waits for the process to exit by itself and for its output to be read; returns the exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            await Task.WhenAll(_outputClosed.Task, _errorClosed.Task).WaitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
            throw new TimeoutException($"reconciler did not exit within {timeout}; killed. stderr tail:\n{Tail(Error)}");
        }

        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        _lines.Dispose();
    }

    public static string Tail(string text, int lines = 30) => string.Join('\n', text.Split('\n').TakeLast(lines));

    private void Receive(string? line, ConcurrentQueue<string> queue, TaskCompletionSource closed)
    {
        if (line is null)
        {
            closed.TrySetResult();
        }
        else
        {
            queue.Enqueue(line);
        }

        _lines.Release();
    }

    private async Task<bool> WaitForLinesAsync(ConcurrentQueue<string> queue, TaskCompletionSource closed, Func<string, bool> predicate, int count, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            var ended = closed.Task.IsCompleted;
            if (queue.Count(predicate) >= count)
            {
                return true;
            }

            if (ended)
            {
                return false;
            }

            try
            {
                await _lines.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"fewer than {count} matching lines within {timeout}. stderr tail:\n{Tail(Error)}");
            }
        }
    }
}
