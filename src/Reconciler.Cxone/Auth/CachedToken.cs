namespace Reconciler.Cxone.Auth;

/// <summary>An access token and when to replace it.</summary>
internal sealed class CachedToken(string value, DateTimeOffset refreshAt, DateTimeOffset expiresAt)
{
    public string Value { get; } = value;

    /// <summary>From this moment on the token is refreshed before use.</summary>
    public DateTimeOffset RefreshAt { get; } = refreshAt;

    public DateTimeOffset ExpiresAt { get; } = expiresAt;

    public override string ToString() => $"access token (redacted), refresh at {RefreshAt:O}, expires {ExpiresAt:O}";
}
