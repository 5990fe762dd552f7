using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Reconciler.Cli;

namespace Reconciler.Cli.Tests;

public sealed partial class EmulatorCommandTests
{
    [Theory]
    [InlineData("--port", "70000", "--port must be a whole number from 0 to 65535; got '70000'.")]
    [InlineData("--port", "abc", "--port must be a whole number from 0 to 65535; got 'abc'.")]
    [InlineData("--fault-rate", "1.5", "--fault-rate must be a fraction from 0 to 1 (e.g. 0.1 for 10%); got '1.5'.")]
    [InlineData("--fault-rate", "ten", "--fault-rate must be a fraction")]
    [InlineData("--job-failure-rate", "-0.1", "--job-failure-rate must be a fraction from 0 to 1")]
    [InlineData("--rate-limit", "0", "--rate-limit must be a positive number of requests per second; got '0'.")]
    [InlineData("--rate-limit", "NaN", "--rate-limit must be a positive number")]
    [InlineData("--token-ttl", "0", "--token-ttl must be a whole number at least 1; got '0'.")]
    [InlineData("--job-latency-ms", "-5", "--job-latency-ms must be a whole number from 0 to 3600000")]
    [InlineData("--client", "nocolon", "must be ID:SECRET or ID:SECRET:SCOPES")]
    [InlineData("--client", "ci:", "has an empty secret")]
    [InlineData("--client", "ci:pw:admin:all", "unknown scope(s) admin:all")]
    public async Task Emulator_InvalidOption_ExitsOneWithAClearError(string option, string value, string expected)
    {
        var result = await CliTester.RunAsync("emulator", option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulator_InvalidClientSpec_NeverEchoesTheSecret()
    {
        var result = await CliTester.RunAsync("emulator", "--client", "supersecretvalue");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("supersecretvalue", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulator_Running_PrintsBaseUrlServesAndStopsCleanlyOnCancel()
    {
        await using var run = await RunningEmulator.StartAsync("--job-latency-ms", "0");
        using var http = new HttpClient { BaseAddress = run.BaseUrl };

        var token = await TokenAsync(http, "local", "local");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var widgets = await http.GetAsync("api/v1/omnichannel/webmessaging/widgets");
        var (exitCode, _, error) = await run.StopAsync();

        Assert.Equal(200, (int)widgets.StatusCode);
        Assert.Equal(0, exitCode);
        Assert.Contains("GET /api/v1/omnichannel/webmessaging/widgets 200", error, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error, StringComparison.Ordinal);
        Assert.Contains("emulator stopped", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulator_ClientOption_ReplacesDefaultClientAndLimitsScopes()
    {
        await using var run = await RunningEmulator.StartAsync("--client", "ci:pw:analytics:read,omnichannel:webmessaging:read", "--client", "admin:pw2");
        using var http = new HttpClient { BaseAddress = run.BaseUrl };

        using var local = await http.PostAsync("oauth/token", Form("local", "local"));
        var ciToken = await TokenAsync(http, "ci", "pw");
        await TokenAsync(http, "admin", "pw2");
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/interactions/digital/templates");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ciToken);
        using var forbidden = await http.SendAsync(request);

        Assert.Equal(401, (int)local.StatusCode);
        Assert.Equal(403, (int)forbidden.StatusCode);
    }

    [Fact]
    public async Task Emulator_StrictWidgets_OnlyListedWidgetsExist()
    {
        await using var run = await RunningEmulator.StartAsync("--strict-widgets", "--widget", "w-1", "--widget", "w-2");
        using var http = new HttpClient { BaseAddress = run.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(http, "local", "local"));

        var list = JsonNode.Parse(await http.GetStringAsync("api/v1/omnichannel/webmessaging/widgets"))!;
        using var ghost = await http.GetAsync("api/v1/omnichannel/webmessaging/widgets/w-3/themes");

        Assert.Equal(2, list["total_items"]!.GetValue<int>());
        Assert.Equal(404, (int)ghost.StatusCode);
    }

    [Fact]
    public async Task Emulator_StrictWidgetsWithoutWidget_WarnsButRuns()
    {
        await using var run = await RunningEmulator.StartAsync("--strict-widgets");
        var (exitCode, _, error) = await run.StopAsync();

        Assert.Equal(0, exitCode);
        Assert.Contains("warning: --strict-widgets without any --widget", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulator_PortInUse_ExitsOneSayingSo()
    {
        await using var first = await RunningEmulator.StartAsync();

        var result = await CliTester.RunAsync("emulator", "--port", first.BaseUrl.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is already in use", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulator_ForeignStateFile_ExitsOneSayingSo()
    {
        var path = Path.Combine(Path.GetTempPath(), "cli-emu-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(path, "hello");
        try
        {
            var result = await CliTester.RunAsync("emulator", "--state", path);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("is not a CXone emulator state file", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
            File.Delete(path + ".journal");
        }
    }

    internal static FormUrlEncodedContent Form(string id, string secret) => new(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = id,
        ["client_secret"] = secret,
    });

    internal static async Task<string> TokenAsync(HttpClient http, string id, string secret)
    {
        using var response = await http.PostAsync("oauth/token", Form(id, secret));
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    internal static partial Regex BaseUrlPattern();

    /// <summary><c>reconciler emulator</c> running in-process until disposed or stopped.</summary>
    private sealed class RunningEmulator : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly StringWriter _output = new();
        private readonly StringWriter _error = new();
        private Task<int>? _run;
        private (int, string, string)? _result;

        public Uri BaseUrl { get; private set; } = null!;

        private string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        public static async Task<RunningEmulator> StartAsync(params string[] options)
        {
            var emulator = new RunningEmulator();
            // TextWriter.Synchronized locks on the writer it wraps, so reading under the same lock is safe.
            var output = TextWriter.Synchronized(emulator._output);
            var error = TextWriter.Synchronized(emulator._error);
            var cli = new CliEnvironment(output, error, _ => null, Directory.GetCurrentDirectory(), isTerminal: false);
            emulator._run = Task.Run(() => ReconcilerCli.RunAsync(["emulator", .. options], cli, emulator._stop.Token));
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (DateTime.UtcNow < deadline)
            {
                if (BaseUrlPattern().Match(emulator.Output) is { Success: true } match)
                {
                    emulator.BaseUrl = new Uri(match.Value);
                    return emulator;
                }

                Assert.False(emulator._run.IsCompleted, "emulator exited early: " + emulator._error);
                await Task.Delay(20);
            }

            throw new TimeoutException("the emulator did not print its base URL");
        }

        public async Task<(int ExitCode, string Output, string Error)> StopAsync()
        {
            if (_result is null)
            {
                await _stop.CancelAsync();
                var exitCode = await _run!;
                _result = (exitCode, _output.ToString(), _error.ToString());
            }

            return _result.Value;
        }

        public async ValueTask DisposeAsync()
        {
            await StopAsync();
            _stop.Dispose();
        }
    }
}
