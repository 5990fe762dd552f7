using System.Text.RegularExpressions;

namespace Reconciler.Cxone;

/// <summary>
/// Where CXone is and how to authenticate to it. The client secret is kept out of
/// <see cref="ToString"/> and out of record printing so it never reaches a log or a message.
/// </summary>
public sealed partial class CxoneConnection
{
    /// <summary>Environment variable holding the API base URL.</summary>
    public const string BaseUrlVariable = "CXONE_BASE_URL";

    /// <summary>Environment variable holding the OAuth client id.</summary>
    public const string ClientIdVariable = "CXONE_CLIENT_ID";

    /// <summary>Environment variable holding the OAuth client secret.</summary>
    public const string ClientSecretVariable = "CXONE_CLIENT_SECRET";

    /// <summary>Optional environment variable overriding the token URL.</summary>
    public const string TokenUrlVariable = "CXONE_TOKEN_URL";

    /// <summary>Creates a connection.</summary>
    /// <param name="baseUrl">Absolute http(s) URL of the API, e.g. <c>https://api.example.com</c>.</param>
    /// <param name="clientId">OAuth client id.</param>
    /// <param name="clientSecret">OAuth client secret.</param>
    /// <param name="tokenUrl">Token endpoint; defaults to <paramref name="baseUrl"/> + <c>/oauth/token</c>.</param>
    /// <param name="scopes">Scopes to request; empty asks for every scope the client has.</param>
    /// <exception cref="ArgumentException">A URL is not absolute http(s), or the id or secret is empty.</exception>
    public CxoneConnection(Uri baseUrl, string clientId, string clientSecret, Uri? tokenUrl = null, IReadOnlyList<string>? scopes = null)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientSecret);
        RequireHttp(baseUrl, nameof(baseUrl));
        if (tokenUrl is not null)
        {
            RequireHttp(tokenUrl, nameof(tokenUrl));
        }

        // A trailing slash makes relative API paths resolve under the base path instead of replacing it.
        BaseUrl = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        ClientId = clientId;
        ClientSecret = clientSecret;
        TokenUrl = tokenUrl ?? new Uri(BaseUrl, "oauth/token");
        Scopes = scopes ?? [];
    }

    /// <summary>API base URL, always ending in <c>/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>OAuth token endpoint.</summary>
    public Uri TokenUrl { get; }

    /// <summary>
    /// <see cref="BaseUrl"/> for people and reports: without the <c>user:password@</c> a URL can
    /// carry, which is a credential like the secret.
    /// </summary>
    public string DisplayBaseUrl => WithoutUserInfo(BaseUrl).TrimEnd('/');

    /// <summary>OAuth client id (not a secret; it appears in logs).</summary>
    public string ClientId { get; }

    /// <summary>OAuth client secret. Never printed.</summary>
    public string ClientSecret { get; }

    /// <summary>Scopes requested with the token; empty means all the client's scopes.</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>
    /// Reads <c>CXONE_BASE_URL</c>, <c>CXONE_CLIENT_ID</c>, <c>CXONE_CLIENT_SECRET</c> and the optional
    /// <c>CXONE_TOKEN_URL</c>.
    /// </summary>
    /// <param name="getVariable">Looks up one environment variable (null or empty when unset).</param>
    /// <returns>The connection, or null when none of the required variables is set (use the local emulator).</returns>
    /// <exception cref="CxoneConfigurationException">Only some variables are set, or a URL is malformed.</exception>
    public static CxoneConnection? FromEnvironment(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        string? baseUrl = Normalize(getVariable(BaseUrlVariable));
        string? clientId = Normalize(getVariable(ClientIdVariable));
        string? secret = Normalize(getVariable(ClientSecretVariable));
        string? tokenUrl = Normalize(getVariable(TokenUrlVariable));

        if (baseUrl is null && clientId is null && secret is null)
        {
            if (tokenUrl is not null)
            {
                throw new CxoneConfigurationException(
                    $"{TokenUrlVariable} is set but {BaseUrlVariable}, {ClientIdVariable} and {ClientSecretVariable} are not; set all three, or unset {TokenUrlVariable} to use the local emulator.");
            }

            return null;
        }

        var missing = new List<string>();
        if (baseUrl is null) missing.Add(BaseUrlVariable);
        if (clientId is null) missing.Add(ClientIdVariable);
        if (secret is null) missing.Add(ClientSecretVariable);
        if (missing.Count > 0)
        {
            throw new CxoneConfigurationException(
                $"CXone target is only partly configured: {string.Join(", ", missing)} {(missing.Count == 1 ? "is" : "are")} not set. Set {BaseUrlVariable}, {ClientIdVariable} and {ClientSecretVariable} together, or none of them to use the local emulator.");
        }

        return new CxoneConnection(
            ParseUrl(baseUrl!, BaseUrlVariable),
            clientId!,
            secret!,
            tokenUrl is null ? null : ParseUrl(tokenUrl, TokenUrlVariable));
    }

    /// <summary>Returns a copy that requests the given scopes.</summary>
    /// <param name="scopes">Scopes to request.</param>
    /// <returns>The new connection.</returns>
    public CxoneConnection WithScopes(IReadOnlyList<string> scopes) => new(BaseUrl, ClientId, ClientSecret, TokenUrl, scopes);

    /// <inheritdoc />
    public override string ToString() =>
        $"CXone {WithoutUserInfo(BaseUrl)} (client '{ClientId}', secret ***, token URL {WithoutUserInfo(TokenUrl)})";

    private static string WithoutUserInfo(Uri url) =>
        url.UserInfo.Length == 0 ? url.AbsoluteUri : new UriBuilder(url) { UserName = "", Password = "" }.Uri.AbsoluteUri;

    private static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Uri ParseUrl(string value, string variable)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }

        throw new CxoneConfigurationException(
            $"{variable} must be an absolute http or https URL such as https://api.example.com, not '{UserInfo().Replace(value, "//***@")}'.");
    }

    private static void RequireHttp(Uri uri, string parameter)
    {
        if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"Expected an absolute http or https URL, got '{UserInfo().Replace(uri.ToString(), "//***@")}'.", parameter);
        }
    }

    // user:password@ in a malformed URL is still a credential: never echo it.
    [GeneratedRegex("//[^/@]*@")]
    private static partial Regex UserInfo();
}
