using System.Text.Json;

namespace Reconciler.Benchmarks;

/// <summary>A client-credentials token from the emulator, as the tutorials fetch one.</summary>
internal static class AccessToken
{
    public static async Task<string> GetAsync(Uri baseUrl, string clientId, string clientSecret)
    {
        using var http = new HttpClient { BaseAddress = baseUrl };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
        });
        using var response = await http.PostAsync(new Uri("oauth/token", UriKind.Relative), form);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }
}
