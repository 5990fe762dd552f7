using System.Text.RegularExpressions;

namespace Reconciler.Cli.Tests.Reliability;

/// <summary>
/// <c>reconciler emulator --state FILE</c> as a real process, so it can be SIGKILLed mid-apply and
/// restarted on the same state file and the same port (the apply in flight keeps its base URL).
/// </summary>
internal sealed partial class EmulatorProcess : IAsyncDisposable
{
    private readonly string[] _options;
    private CliProcess _process;

    private EmulatorProcess(CliProcess process, Uri baseUrl, string[] options)
    {
        _process = process;
        BaseUrl = baseUrl;
        _options = options;
    }

    public Uri BaseUrl { get; }

    /// <summary>The request log (one line per request) of the current process.</summary>
    public string RequestLog => _process.Error;

    /// <summary>Starts an emulator on a free loopback port with <paramref name="options"/> (e.g. <c>--job-latency-ms 300</c>).</summary>
    public static async Task<EmulatorProcess> StartAsync(string statePath, params string[] options)
    {
        var process = Launch(0, statePath, options);
        return new EmulatorProcess(process, await ReadBaseUrlAsync(process), [statePath, .. options]);
    }

    /// <summary>Waits until the current process has logged <paramref name="count"/> requests satisfying <paramref name="predicate"/>.</summary>
    public async Task WaitForRequestsAsync(Func<string, bool> predicate, int count)
    {
        if (!await _process.WaitForErrorLinesAsync(predicate, count, TimeSpan.FromMinutes(2)))
        {
            throw new InvalidOperationException($"the emulator exited before serving {count} such requests: {CliProcess.Tail(_process.Error, 5)}");
        }
    }

    /// <summary>SIGKILL: the emulator writes no snapshot; only its journal survives.</summary>
    public Task KillAsync() => _process.KillAsync();

    /// <summary>Starts a new process on the same state file and port; retries while the old port is still held.</summary>
    public async Task RestartAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            var process = Launch(BaseUrl.Port, _options[0], _options[1..]);
            try
            {
                await ReadBaseUrlAsync(process);
                _process.Dispose();
                _process = process;
                return;
            }
            catch (InvalidOperationException) when (attempt < 10)
            {
                process.Dispose();
                await Task.Delay(500);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await _process.KillAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex BaseUrlPattern();

    private static CliProcess Launch(int port, string statePath, string[] options) => CliProcess.Start(
        Path.GetDirectoryName(statePath)!,
        new Dictionary<string, string>(),
        ["emulator", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--state", statePath, .. options]);

    private static async Task<Uri> ReadBaseUrlAsync(CliProcess process)
    {
        if (!await process.WaitForOutputLineAsync(line => BaseUrlPattern().IsMatch(line), TimeSpan.FromSeconds(60)))
        {
            throw new InvalidOperationException($"the emulator exited before printing its base URL: {CliProcess.Tail(process.Error, 5)}");
        }

        return new Uri(BaseUrlPattern().Match(process.Output).Value);
    }
}
