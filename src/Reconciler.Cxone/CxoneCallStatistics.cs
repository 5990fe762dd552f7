using System.Collections.Concurrent;

namespace Reconciler.Cxone;

/// <summary>
/// Counts what the client sent and received, for benchmarks and the plan's "requests made" figure.
/// Thread-safe; read it at any time.
/// </summary>
public sealed class CxoneCallStatistics
{
    private readonly ConcurrentDictionary<int, long> _byStatus = new();
    private long _requestsSent;
    private long _retries;
    private long _rateLimited;
    private long _tokenRequests;
    private long _transportFailures;
    private long _timeouts;
    private long _tokenRefreshesAfter401;

    /// <summary>API requests put on the wire (every attempt counts; token requests do not).</summary>
    public long RequestsSent => Interlocked.Read(ref _requestsSent);

    /// <summary>Attempts that were retries of an earlier failed attempt.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>429 answers received.</summary>
    public long RateLimitedResponses => Interlocked.Read(ref _rateLimited);

    /// <summary>Requests to the token endpoint.</summary>
    public long TokenRequests => Interlocked.Read(ref _tokenRequests);

    /// <summary>Attempts that got no answer (dropped or refused connection).</summary>
    public long TransportFailures => Interlocked.Read(ref _transportFailures);

    /// <summary>Attempts abandoned by the per-attempt timeout.</summary>
    public long Timeouts => Interlocked.Read(ref _timeouts);

    /// <summary>401 answers that led to a token refresh and a second try.</summary>
    public long TokenRefreshesAfter401 => Interlocked.Read(ref _tokenRefreshesAfter401);

    /// <summary>Answers by HTTP status code (API calls only).</summary>
    public IReadOnlyDictionary<int, long> ResponsesByStatus => new SortedDictionary<int, long>(_byStatus);

    /// <inheritdoc />
    public override string ToString() =>
        $"{RequestsSent} requests, {Retries} retries, {RateLimitedResponses} × 429, {TransportFailures} dropped, {Timeouts} timed out, {TokenRequests} token requests";

    internal void RequestSent() => Interlocked.Increment(ref _requestsSent);

    internal void ResponseReceived(int statusCode)
    {
        _byStatus.AddOrUpdate(statusCode, 1, static (_, n) => n + 1);
        if (statusCode == 429)
        {
            Interlocked.Increment(ref _rateLimited);
        }
    }

    internal void RetryScheduled() => Interlocked.Increment(ref _retries);

    internal void TokenRequested() => Interlocked.Increment(ref _tokenRequests);

    internal void TransportFailed() => Interlocked.Increment(ref _transportFailures);

    internal void TimedOut() => Interlocked.Increment(ref _timeouts);

    internal void RefreshedAfter401() => Interlocked.Increment(ref _tokenRefreshesAfter401);
}
