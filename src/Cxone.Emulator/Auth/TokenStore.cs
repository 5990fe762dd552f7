using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Cxone.Emulator.Auth;

/// <summary>
/// Issues opaque bearer tokens and looks them up. Tokens live in memory only: after a restart
/// every token is unknown (401), and a client that refreshes once on 401 carries on.
/// </summary>
internal sealed class TokenStore(EmulatorOptions options, EmulatorStatistics statistics)
{
    private const int PurgeEvery = 1024;
    private readonly ConcurrentDictionary<string, TokenGrant> _tokens = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<EmulatorClient> _clients = options.Clients.Count > 0 ? options.Clients : [EmulatorDefaults.DefaultClient];
    private long _issued;

    /// <summary>The client whose id and secret match, or null; the secret is compared in constant time.</summary>
    public EmulatorClient? Authenticate(string clientId, string clientSecret)
    {
        var client = _clients.FirstOrDefault(c => c.ClientId == clientId);
        return client is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(client.ClientSecret), Encoding.UTF8.GetBytes(clientSecret))
            ? client
            : null;
    }

    public (string Token, TokenGrant Grant) Issue(EmulatorClient client, IReadOnlySet<string> scopes)
    {
        var now = options.TimeProvider.GetUtcNow();
        if (Interlocked.Increment(ref _issued) % PurgeEvery == 0)
        {
            foreach (var (token, old) in _tokens)
            {
                if (old.ExpiresAt <= now)
                {
                    _tokens.TryRemove(token, out _);
                }
            }
        }

        var value = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var grant = new TokenGrant(client.ClientId, scopes, now + options.TokenTtl);
        _tokens[value] = grant;
        statistics.RecordIssuedToken(value);
        return (value, grant);
    }

    public TokenGrant? Find(string token) => _tokens.GetValueOrDefault(token);

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
