using System.Text.Json;

namespace Reconciler.Cli.Tests.Reliability;

/// <summary>Reads what the tests assert on from <c>apply --output json</c>.</summary>
internal sealed record ApplyReport(int PlannedApplicable, IReadOnlyList<ApplyReportItem> Items)
{
    public int Applied => Items.Count(i => i.Status == "applied");

    public IReadOnlyList<ApplyReportItem> Failed => Items.Where(i => i.Status is "failed" or "notAttempted").ToList();

    public static ApplyReport Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var applicable = root.GetProperty("changes").EnumerateArray()
            .Count(c => c.GetProperty("action").GetString() is "create" or "update");
        var items = root.TryGetProperty("results", out var results)
            ? results.EnumerateArray().Select(r => new ApplyReportItem(
                r.GetProperty("kind").GetString()!,
                r.GetProperty("id").GetString()!,
                r.GetProperty("locale").GetString(),
                r.GetProperty("status").GetString()!,
                r.GetProperty("message").GetString())).ToList()
            : [];
        return new ApplyReport(applicable, items);
    }
}
