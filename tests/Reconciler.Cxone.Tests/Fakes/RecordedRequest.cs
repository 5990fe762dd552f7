namespace Reconciler.Cxone.Tests.Fakes;

/// <summary>What the fake server saw of one request.</summary>
internal sealed record RecordedRequest(
    HttpMethod Method,
    string Path,
    string Query,
    string? Authorization,
    string Body,
    DateTimeOffset At,
    IReadOnlyDictionary<string, string> Headers)
{
    public bool IsToken => Path == "/oauth/token";

    public string Bearer => Authorization is { } a && a.StartsWith("Bearer ", StringComparison.Ordinal) ? a["Bearer ".Length..] : string.Empty;
}
