using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Cxone.Emulator.Tests.Support;
using Xunit.Abstractions;

namespace Cxone.Emulator.Tests.Load;

/// <summary>
/// Bounded load runs over loopback HTTP. The floors are far below what the machine does, so they
/// only catch a pathological regression (an O(n) scan per request, a lock held across I/O); the
/// measured figures go to the test output.
/// </summary>
public sealed class ThroughputTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Throughput_ReadsAndWritesFromEightClients_SustainsHundredsPerSecond()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { RequestLog = TextWriter.Null, JobLatency = TimeSpan.Zero });
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(http));

        var reads = await MeasureAsync(http, TimeSpan.FromSeconds(2), (_, _) => http.GetAsync("api/v1/omnichannel/webmessaging/widgets"));
        var writes = await MeasureAsync(http, TimeSpan.FromSeconds(2), (worker, n) =>
            http.PostAsync("api/v1/interactions/digital/templates", Json(Payloads.Template(templateId: $"w{worker}-{n}", channel: "sms"))));
        output.WriteLine($"GET widgets: {reads:0} requests/s; POST templates (journal off): {writes:0} requests/s");

        Assert.True(reads > 300, $"only {reads:0} reads/s");
        Assert.True(writes > 200, $"only {writes:0} writes/s");
    }

    [Fact]
    public async Task Throughput_WithPersistedStateOfTensOfThousandsOfVersions_StaysFast()
    {
        var folder = Path.Combine(Path.GetTempPath(), "emu-load-" + Guid.NewGuid().ToString("N"));
        try
        {
            var state = Path.Combine(folder, "state.json");
            await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { RequestLog = TextWriter.Null, JobLatency = TimeSpan.Zero, StatePath = state });
            using var http = new HttpClient { BaseAddress = server.BaseUrl };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(http));
            // 10,000 by default to keep the suite quick; EMU_LOAD_VERSIONS=30000 reproduces issue 8's size.
            var versions = int.Parse(Environment.GetEnvironmentVariable("EMU_LOAD_VERSIONS") ?? "10000", System.Globalization.CultureInfo.InvariantCulture);
            var next = -1;
            var started = Stopwatch.GetTimestamp();
            await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < versions)
                {
                    // Versions spread over templates and locales, inserted in no particular order.
                    var id = $"tmpl_{(i * 7919) % 10_000:D5}";
                    var locale = (i / 10_000) switch { 0 => "en-US", 1 => "es-MX", _ => "fr-FR" };
                    using var response = await http.PostAsync("api/v1/interactions/digital/templates", Json(Payloads.Template(templateId: id, locale: locale, channel: "sms")));
                    Assert.Equal(202, (int)response.StatusCode);
                }
            }));
            var writeRate = versions / Stopwatch.GetElapsedTime(started).TotalSeconds;

            var listStarted = Stopwatch.GetTimestamp();
            var lastPage = JsonNode.Parse(await http.GetStringAsync($"api/v1/interactions/digital/templates?page={versions / 1000}&page_size=1000"))!;
            var listMs = Stopwatch.GetElapsedTime(listStarted).TotalMilliseconds;
            var reads = await MeasureAsync(http, TimeSpan.FromSeconds(2), (_, n) => http.GetAsync($"api/v1/interactions/digital/templates?page={(n % (versions / 50)) + 1}&page_size=50"));
            output.WriteLine($"{versions} POSTs with journal: {writeRate:0} requests/s; page of 1000 at the end: {listMs:0} ms; GET 50-item pages: {reads:0} requests/s");

            Assert.Equal(versions, lastPage["total_items"]!.GetValue<int>());
            Assert.Equal(1000, lastPage["items"]!.AsArray().Count);
            Assert.True(reads > 100, $"only {reads:0} page reads/s over {versions} versions");

            var stopStarted = Stopwatch.GetTimestamp();
            await server.StopAsync();
            output.WriteLine($"snapshot of {versions} versions on stop: {Stopwatch.GetElapsedTime(stopStarted).TotalMilliseconds:0} ms, {new FileInfo(state).Length / 1024} KiB");
            var restartStarted = Stopwatch.GetTimestamp();
            await using var restarted = await EmulatorServer.StartAsync(new EmulatorOptions { RequestLog = TextWriter.Null, StatePath = state });
            output.WriteLine($"restart loading {versions} versions: {Stopwatch.GetElapsedTime(restartStarted).TotalMilliseconds:0} ms");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<double> MeasureAsync(HttpClient http, TimeSpan duration, Func<int, int, Task<HttpResponseMessage>> call)
    {
        long completed = 0;
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async worker =>
        {
            var n = 0;
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                using var response = await call(worker, n++);
                Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                Interlocked.Increment(ref completed);
            }
        }));
        return completed / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private static async Task<string> TokenAsync(HttpClient http)
    {
        using var response = await http.PostAsync("oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "local", ["client_secret"] = "local",
        }));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();
    }
}
