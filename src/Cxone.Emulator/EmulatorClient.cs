namespace Cxone.Emulator;

/// <summary>An OAuth client the emulator accepts at <c>POST /oauth/token</c>.</summary>
/// <param name="ClientId">The client id, sent as <c>client_id</c> or the HTTP Basic user name.</param>
/// <param name="ClientSecret">The client secret; never logged or echoed.</param>
/// <param name="Scopes">The scopes this client may be granted; see <see cref="EmulatorScopes"/>.</param>
public sealed record EmulatorClient(string ClientId, string ClientSecret, IReadOnlyList<string> Scopes)
{
    /// <summary>Keeps the secret out of logs, test output and exception messages.</summary>
    public override string ToString() => $"EmulatorClient {{ ClientId = {ClientId}, Scopes = [{string.Join(' ', Scopes)}] }}";
}
