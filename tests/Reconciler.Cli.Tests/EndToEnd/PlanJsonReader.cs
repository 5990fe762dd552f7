using System.Text.Json;

namespace Reconciler.Cli.Tests.EndToEnd;

/// <summary>Reads the fields tests assert on from <c>--output json</c>.</summary>
internal sealed record PlannedRow(string Kind, string Id, string? Locale, string Action, string? FromVersion, string? ToVersion, int Order, string? Reason);

internal static class PlanJsonReader
{
    public static IReadOnlyList<PlannedRow> Changes(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("changes").EnumerateArray().Select(c => new PlannedRow(
            c.GetProperty("kind").GetString()!,
            c.GetProperty("id").GetString()!,
            c.GetProperty("locale").GetString(),
            c.GetProperty("action").GetString()!,
            c.GetProperty("fromVersion").GetString(),
            c.GetProperty("toVersion").GetString(),
            c.GetProperty("order").GetInt32(),
            c.TryGetProperty("reason", out var reason) ? reason.GetString() : null)).ToList();
    }

    public static bool Valid(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("valid").GetBoolean();
    }
}
