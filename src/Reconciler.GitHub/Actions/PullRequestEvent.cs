using System.Text.Json;

namespace Reconciler.GitHub.Actions;

/// <summary>What the reporter needs from a pull_request event payload.</summary>
/// <param name="Number">The pull request number.</param>
/// <param name="HeadSha">The head commit, which links point at (GITHUB_SHA is a temporary merge commit).</param>
/// <param name="IsFork">True when the head lives in another repository: the token is read-only there.</param>
internal sealed record PullRequestEvent(int Number, string? HeadSha, bool IsFork)
{
    /// <summary>Reads the payload file; null with a reason when it is missing or not a pull request event.</summary>
    public static PullRequestEvent? Read(string? path, out string? problem)
    {
        problem = null;
        if (path is null || !File.Exists(path))
        {
            problem = "GITHUB_EVENT_PATH does not name a readable file";
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            var pr = Object(document.RootElement, "pull_request");
            if (pr.ValueKind != JsonValueKind.Object || !pr.TryGetProperty("number", out var number)
                || number.ValueKind != JsonValueKind.Number || !number.TryGetInt32(out var n) || n <= 0)
            {
                problem = "the event payload has no pull_request.number";
                return null;
            }

            var head = Object(pr, "head");
            var headRepo = Object(head, "repo");
            var baseRepo = Object(Object(pr, "base"), "repo");
            var headName = String(headRepo, "full_name");
            var baseName = String(baseRepo, "full_name");
            var fork = (headRepo.ValueKind == JsonValueKind.Object && headRepo.TryGetProperty("fork", out var f) && f.ValueKind == JsonValueKind.True)
                || (headName is not null && baseName is not null && !string.Equals(headName, baseName, StringComparison.OrdinalIgnoreCase));
            return new PullRequestEvent(n, String(head, "sha"), fork);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            problem = $"the event payload could not be read ({ex.Message})";
            return null;
        }
    }

    private static JsonElement Object(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : default;

    private static string? String(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
