using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Reconciler.Cli.Tests;

/// <summary>The emulator as a separate process: what a kill -9 leaves behind must be a usable state.</summary>
public sealed class EmulatorProcessTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "emu-kill-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Emulator_KilledWithSigkill_KeepsEveryAcknowledgedWriteOnRestart()
    {
        var state = Path.Combine(_folder, "state.json");
        const int Versions = 40;
        using (var process = StartProcess(state))
        {
            try
            {
                var baseUrl = await ReadBaseUrlAsync(process);
                using var http = new HttpClient { BaseAddress = baseUrl };
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await EmulatorCommandTests.TokenAsync(http, "local", "local"));
                var accepted = await Task.WhenAll(Enumerable.Range(0, Versions).Select(i => SubmitAsync(http, $"t{i:D2}")));
                Assert.All(accepted, status => Assert.Equal(202, status));
            }
            finally
            {
                // SIGKILL on Linux: no shutdown hook runs, no snapshot is written.
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        Assert.False(File.Exists(state), "a killed emulator cannot have written a snapshot; the journal alone must carry the state");
        await using var restarted = await global::Cxone.Emulator.EmulatorServer.StartAsync(new global::Cxone.Emulator.EmulatorOptions { StatePath = state, RequestLog = TextWriter.Null });
        using var again = new HttpClient { BaseAddress = restarted.BaseUrl };
        again.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await EmulatorCommandTests.TokenAsync(again, "local", "local"));
        await Task.Delay(100);
        var listed = JsonNode.Parse(await again.GetStringAsync("api/v1/interactions/digital/templates?page_size=100"))!;

        Assert.Equal(Versions, listed["total_items"]!.GetValue<int>());
    }

    private static async Task<int> SubmitAsync(HttpClient http, string templateId)
    {
        var body = new JsonObject
        {
            ["templateId"] = templateId,
            ["version"] = "v1",
            ["channels"] = new JsonArray("sms"),
            ["locale"] = "en-US",
            ["contentBlocks"] = new JsonArray(new JsonObject { ["id"] = "a", ["type"] = "text", ["content"] = "Hello {{name}}" }),
            ["variables"] = new JsonArray("name"),
        };
        using var response = await http.PostAsync("api/v1/interactions/digital/templates", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        return (int)response.StatusCode;
    }

    private static Process StartProcess(string state)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "reconciler.dll");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var info = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { cli, "emulator", "--port", "0", "--state", state, "--job-latency-ms", "0" })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<Uri> ReadBaseUrlAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (EmulatorCommandTests.BaseUrlPattern().Match(line) is { Success: true } match)
            {
                return new Uri(match.Value);
            }
        }

        throw new InvalidOperationException("the emulator process exited before printing its base URL");
    }
}
