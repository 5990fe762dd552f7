using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly;
using Reconciler.Cxone.Http;
using Reconciler.Cxone.Json;

namespace Reconciler.Cxone.Auth;

/// <summary>
/// Obtains OAuth client-credentials tokens, caches them, and refreshes them ahead of expiry.
/// Concurrent callers share one refresh (no token stampede); a 401 invalidates only the token
/// that was rejected, so many callers that see one 401 still cause one refresh.
/// </summary>
internal sealed class TokenManager : IDisposable
{
    private static readonly TimeSpan MinimumMargin = TimeSpan.FromSeconds(1);

    private readonly HttpClient _http;
    private readonly CxoneConnection _connection;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly TimeProvider _time;
    private readonly CxoneCallStatistics _statistics;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ApiCall _call;
    private volatile CachedToken? _current;

    public TokenManager(
        HttpClient http,
        CxoneConnection connection,
        ResiliencePipeline<HttpResponseMessage> pipeline,
        TimeProvider time,
        CxoneCallStatistics statistics,
        ILogger logger)
    {
        _http = http;
        _connection = connection;
        _pipeline = pipeline;
        _time = time;
        _statistics = statistics;
        _logger = logger;
        _call = ApiCall.Post(connection.TokenUrl.AbsolutePath.TrimStart('/'));
    }

    /// <summary>
    /// How long before expiry a token is replaced: a tenth of its lifetime but at least a second, so a
    /// request never sets out with a token about to lapse in flight — and never more than half the
    /// lifetime, so very short-lived tokens are still used at all.
    /// </summary>
    public static TimeSpan RefreshMargin(TimeSpan lifetime)
    {
        TimeSpan margin = TimeSpan.FromTicks(Math.Max(lifetime.Ticks / 10, MinimumMargin.Ticks));
        TimeSpan half = TimeSpan.FromTicks(lifetime.Ticks / 2);
        return margin > half ? half : margin;
    }

    /// <summary>Returns a valid token, fetching one when the cached token is missing or due for refresh.</summary>
    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        CachedToken? current = _current;
        if (current is not null && _time.GetUtcNow() < current.RefreshAt)
        {
            return current.Value;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Whoever held the gate before us may have refreshed already.
            current = _current;
            if (current is not null && _time.GetUtcNow() < current.RefreshAt)
            {
                return current.Value;
            }

            CachedToken fresh = await FetchAsync(cancellationToken).ConfigureAwait(false);
            _current = fresh;
            return fresh.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets <paramref name="rejectedToken"/> if it is still the cached one.</summary>
    public void Invalidate(string rejectedToken)
    {
        CachedToken? current = _current;
        if (current is not null && string.Equals(current.Value, rejectedToken, StringComparison.Ordinal))
        {
            Interlocked.CompareExchange(ref _current, null, current);
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<CachedToken> FetchAsync(CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        int attempts = 0;
        try
        {
            response = await _pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    _statistics.TokenRequested();
                    using var request = new HttpRequestMessage(HttpMethod.Post, _connection.TokenUrl) { Content = BuildForm() };
                    return await _http.SendAsync(request, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (TransientOutcomes.IsTransientException(ex))
        {
            throw ApiErrors.FromException(_call, ex, attempts);
        }

        using (response)
        {
            byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw Refused(new ApiResponse(_call, response.StatusCode, body, attempts));
            }

            TokenResponse? parsed;
            try
            {
                parsed = JsonSerializer.Deserialize(body, WebMessagingJsonContext.Default.TokenResponse);
            }
            catch (JsonException ex)
            {
                throw ApiErrors.UnexpectedBody(_call, response.StatusCode, ex);
            }

            if (parsed is null || string.IsNullOrEmpty(parsed.AccessToken) || parsed.ExpiresIn <= 0)
            {
                throw ApiErrors.UnexpectedBody(_call, response.StatusCode, new JsonException("access_token or a positive expires_in is missing"));
            }

            TimeSpan lifetime = TimeSpan.FromSeconds(parsed.ExpiresIn);
            DateTimeOffset now = _time.GetUtcNow();
            CxoneLog.TokenObtained(_logger, _connection.ClientId, parsed.ExpiresIn, parsed.Scope ?? "(not stated)");
            return new CachedToken(parsed.AccessToken, now + lifetime - RefreshMargin(lifetime), now + lifetime);
        }
    }

    private FormUrlEncodedContent BuildForm()
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("grant_type", "client_credentials"),
            new("client_id", _connection.ClientId),
            new("client_secret", _connection.ClientSecret),
        };
        if (_connection.Scopes.Count > 0)
        {
            fields.Add(new("scope", string.Join(' ', _connection.Scopes)));
        }

        return new FormUrlEncodedContent(fields);
    }

    private CxoneApiException Refused(ApiResponse response)
    {
        ApiErrorBody? error = ApiErrors.TryParse(response.Body);
        string code = error?.Error ?? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string hint = code switch
        {
            "invalid_client" => $"check {CxoneConnection.ClientIdVariable} and {CxoneConnection.ClientSecretVariable}",
            "invalid_scope" => $"request only scopes granted to the client (asked for: {string.Join(' ', _connection.Scopes)})",
            _ when TransientOutcomes.IsTransientStatus(response.StatusCode) => "this is usually temporary; try again later",
            _ => $"check {CxoneConnection.TokenUrlVariable} and the client's configuration",
        };
        string detail = error?.Message is { Length: > 0 } m ? $" ({m})" : string.Empty;
        string message = $"CXone refused to issue a token to API client '{_connection.ClientId}' at {response.Call}: {(int)response.StatusCode} {code}{detail} — {hint}.";
        return new CxoneApiException(
            message,
            response.Call.ToString(),
            response.StatusCode,
            code,
            error?.Message,
            null,
            TransientOutcomes.IsTransientStatus(response.StatusCode));
    }
}
