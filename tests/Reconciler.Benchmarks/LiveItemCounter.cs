using System.Net.Http.Headers;
using System.Text.Json;
using Cxone.Emulator;

namespace Reconciler.Benchmarks;

/// <summary>Counts the items a no-op plan has to read (templates, widgets, themes, assignments) from the lists' own totals.</summary>
internal static class LiveItemCounter
{
    private static readonly string[] Lists =
    [
        "api/v1/interactions/digital/templates",
        "api/v1/omnichannel/webmessaging/widgets",
        "api/v1/omnichannel/webmessaging/themes",
        "api/v1/omnichannel/webmessaging/theme-assignments",
    ];

    public static async Task<int> CountAsync(Uri baseUrl)
    {
        using var http = new HttpClient { BaseAddress = baseUrl };
        var token = await AccessToken.GetAsync(baseUrl, EmulatorDefaults.ClientId, EmulatorDefaults.ClientSecret);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var total = 0;
        foreach (var list in Lists)
        {
            using var page = JsonDocument.Parse(await http.GetStringAsync(new Uri(list + "?page=1&page_size=1", UriKind.Relative)));
            total += page.RootElement.GetProperty("total_items").GetInt32();
        }

        return total;
    }
}
