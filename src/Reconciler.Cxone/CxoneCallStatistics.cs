namespace Reconciler.Cxone;

/// <summary>
/// Counts what the client sent and received, for benchmarks and the plan's "requests made" figure.
/// Thread-safe; read it at any time.
/// </summary>
public sealed class CxoneCallStatistics
{
    // One counter per possible status code (HttpClient accepts 100-999): a plain array, as a
    // concurrent dictionary over int keys was compiled fully optimised on every run's first answer.
    private readonly long[] _byStatus = new long[1000];
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
    public IReadOnlyDictionary<int, long> ResponsesByStatus
    {
        get
        {
            var counts = new SortedDictionary<int, long>();
            for (var status = 0; status < _byStatus.Length; status++)
            {
                if (Interlocked.Read(ref _byStatus[status]) is var count and > 0)
                {
                    counts[status] = count;
                }
            }

            return counts;
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{RequestsSent} requests, {Retries} retries, {RateLimitedResponses} × 429, {TransportFailures} dropped, {Timeouts} timed out, {TokenRequests} token requests";

    internal void RequestSent() => Interlocked.Increment(ref _requestsSent);

    internal void ResponseReceived(int statusCode)
    {
        if ((uint)statusCode < (uint)_byStatus.Length)
        {
            Interlocked.Increment(ref _byStatus[statusCode]);
        }

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
