using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Reconciler.Benchmarks;

/// <summary>
/// The template tutorial's way of publishing versions, reproduced in this process as the baseline:
/// one token, a new HTTP client per request (as its module-level <c>httpx.post</c> does), submit one
/// version, poll its job immediately and then every 2 s until it finishes, then the next version.
/// </summary>
internal static class TutorialBaseline
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    public static async Task<(int Versions, TimeSpan Elapsed)> RunAsync(Uri baseUrl, string clientId, string clientSecret, int versions)
    {
        var token = await AccessToken.GetAsync(baseUrl, clientId, clientSecret);
        var watch = Stopwatch.StartNew();
        for (var n = 0; n < versions; n++)
        {
            var jobId = await SubmitAsync(baseUrl, token, n);
            while (true)
            {
                var status = await GetJobStatusAsync(baseUrl, token, jobId);
                if (status is "COMPLETED")
                {
                    break;
                }

                if (status is "FAILED")
                {
                    throw new InvalidOperationException($"baseline job {jobId} failed");
                }

                await Task.Delay(PollInterval);
            }
        }

        return (versions, watch.Elapsed);
    }

    private static async Task<string> SubmitAsync(Uri baseUrl, string token, int n)
    {
        using var http = NewClient(baseUrl, token);
        var payload = new
        {
            templateId = $"tmpl_tutorial_baseline_{n:D4}",
            version = "v1.0",
            channels = new[] { "messenger", "whatsapp" },
            locale = "en-US",
            contentBlocks = new[] { new { id = "body", type = "text", content = "Hi {{customer.name}}, your order {{order.id}} has shipped." } },
            variables = new[] { "customer.name", "order.id" },
        };
        using var response = await http.PostAsJsonAsync(new Uri("api/v1/interactions/digital/templates", UriKind.Relative), payload);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("jobId").GetString()!;
    }

    private static async Task<string?> GetJobStatusAsync(Uri baseUrl, string token, string jobId)
    {
        using var http = NewClient(baseUrl, token);
        using var response = await http.GetAsync(new Uri("api/v1/jobs/" + jobId, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("status").GetString();
    }

    private static HttpClient NewClient(Uri baseUrl, string token)
    {
        var http = new HttpClient { BaseAddress = baseUrl };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
