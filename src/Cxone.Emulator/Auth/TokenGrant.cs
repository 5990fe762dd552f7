namespace Cxone.Emulator.Auth;

/// <summary>What an access token stands for.</summary>
internal sealed record TokenGrant(string ClientId, IReadOnlySet<string> Scopes, DateTimeOffset ExpiresAt);
