using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Reconciler.Cxone.Http;

/// <summary>
/// Which outcomes are worth trying again. Only these reach Polly's retry; everything else —
/// 400, 401 after a refresh, 403, 404, 409 — is terminal and fails at once.
/// </summary>
internal static class TransientOutcomes
{
    public static bool IsTransientStatus(HttpStatusCode status) => status is
        HttpStatusCode.RequestTimeout or
        HttpStatusCode.TooManyRequests or
        HttpStatusCode.InternalServerError or
        HttpStatusCode.BadGateway or
        HttpStatusCode.ServiceUnavailable or
        HttpStatusCode.GatewayTimeout;

    public static bool IsTransientException(Exception? exception) => exception is
        HttpRequestException or
        TimeoutRejectedException or
        BrokenCircuitException;

    /// <summary>Whether the retry strategy should try again.</summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is not null
            ? IsTransientException(outcome.Exception)
            : outcome.Result is { } response && IsTransientStatus(response.StatusCode);

    /// <summary>
    /// Whether the outcome counts as a failure for the circuit breaker. A 429 does not: it says the
    /// tenant is busy, not that CXone is down, and the retry already honours its Retry-After.
    /// An open circuit's own rejection does not count either.
    /// </summary>
    public static bool CountsAgainstCircuit(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is not null
            ? outcome.Exception is HttpRequestException or TimeoutRejectedException
            : outcome.Result is { } response
              && response.StatusCode != HttpStatusCode.TooManyRequests
              && IsTransientStatus(response.StatusCode);
}
