using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Reconciler.Cli.Tests.Hygiene;

/// <summary>
/// Issue 9, secret hygiene of <c>reconciler emulator --client ID:SECRET</c>: the secret given on
/// the command line, the tokens it issues, Basic and form credentials, wrong secrets, injected
/// faults and a malformed --client never reach its output or request log.
/// </summary>
public sealed class EmulatorCommandSweepTests
{
    [Fact]
    public async Task EmulatorCommand_SecretOnCommandLine_NeverInOutputOrRequestLog()
    {
        var secrets = new KnownSecrets();
        var scanner = new LeakScanner();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var stdout = TextWriter.Synchronized(output);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var cli = new CliEnvironment(stdout, TextWriter.Synchronized(error), _ => null, Path.GetTempPath(), isTerminal: false);
        var spec = $"{KnownSecrets.ClientId}:{KnownSecrets.ClientSecret}";
        var run = ReconcilerCli.RunAsync(["emulator", "--port", "0", "--client", spec, "--client", $"reader:{KnownSecrets.ClientSecret}:config:read"], cli, stop.Token);
        var statuses = new List<int>();
        try
        {
            var baseUrl = await WaitForUrlAsync(output, run);
            using var http = new HttpClient { BaseAddress = baseUrl };
            var basic = await TokenAsync(http, basic: true, KnownSecrets.ClientSecret, statuses);
            var form = await TokenAsync(http, basic: false, KnownSecrets.ClientSecret, statuses);
            await TokenAsync(http, basic: true, KnownSecrets.ClientSecret + "x", statuses);
            await TokenAsync(http, basic: false, "wrong-" + KnownSecrets.ClientSecret, statuses);
            secrets.Add("token issued for Basic credentials", basic!);
            secrets.Add("token issued for form credentials", form!);
            foreach (var fault in new[] { "", "500", "503", "429" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/interactions/digital/templates");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", basic);
                if (fault.Length > 0)
                {
                    request.Headers.Add("X-Emulator-Fault", fault);
                }

                using var response = await http.SendAsync(request);
                statuses.Add((int)response.StatusCode);
                scanner.AddText($"answer to GET with fault '{fault}'", await response.Content.ReadAsStringAsync());
            }
        }
        finally
        {
            await stop.CancelAsync();
        }

        Assert.Equal(0, await run);
        var malformed = await CliTester.RunAsync("emulator", "--client", $"{KnownSecrets.ClientId}:{KnownSecrets.ClientSecret}:no-such-scope");

        Assert.Equal([200, 200, 401, 401, 200, 500, 503, 429], statuses);
        Assert.Equal(1, malformed.ExitCode);
        Assert.Contains("no-such-scope", malformed.Error + malformed.Output, StringComparison.Ordinal);
        Assert.Contains("GET /api/v1/interactions/digital/templates 500", error.ToString(), StringComparison.Ordinal);
        scanner.AddText("emulator stdout", output.ToString());
        scanner.AddText("emulator stderr (request log)", error.ToString());
        scanner.AddRun("emulator with a malformed --client", malformed);
        var findings = scanner.Find(secrets.Needles());
        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    private static async Task<string?> TokenAsync(HttpClient http, bool basic, string secret, List<int> statuses)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth/token");
        var fields = new Dictionary<string, string> { ["grant_type"] = "client_credentials" };
        if (basic)
        {
            var pair = Uri.EscapeDataString(KnownSecrets.ClientId) + ":" + Uri.EscapeDataString(secret);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
        }
        else
        {
            fields["client_id"] = KnownSecrets.ClientId;
            fields["client_secret"] = secret;
        }

        request.Content = new FormUrlEncodedContent(fields);
        using var response = await http.SendAsync(request);
        statuses.Add((int)response.StatusCode);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("access_token").GetString();
    }

    private static async Task<Uri> WaitForUrlAsync(StringWriter output, Task<int> run)
    {
        for (var i = 0; i < 300; i++)
        {
            var text = output.ToString();
            var at = text.IndexOf("http://127.0.0.1:", StringComparison.Ordinal);
            if (at >= 0)
            {
                return new Uri(text[at..].Split(' ', '\n')[0]);
            }

            if (run.IsCompleted)
            {
                throw new InvalidOperationException("emulator exited early: " + text);
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("emulator printed no URL: " + output);
    }
}
