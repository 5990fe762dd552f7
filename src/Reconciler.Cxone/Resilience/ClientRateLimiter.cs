using System.Threading.RateLimiting;

namespace Reconciler.Cxone.Resilience;

/// <summary>
/// A token bucket that keeps the client under the tenant's request rate. Its refills are driven
/// by a <see cref="TimeProvider"/> timer rather than the limiter's own wall-clock timer, so tests
/// advance time instead of sleeping. The bucket holds a tenth of a second's worth of requests,
/// which keeps bursts small enough that a server counting per second is not overrun.
/// </summary>
internal sealed class ClientRateLimiter : IDisposable
{
    private static readonly TimeSpan StandardPeriod = TimeSpan.FromMilliseconds(100);

    private readonly TokenBucketRateLimiter _bucket;
    private readonly ITimer _refill;

    public ClientRateLimiter(double requestsPerSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requestsPerSecond);

        // Refill every 100 ms; below 10 requests per second one token per period, with a longer period.
        (TimeSpan period, int tokensPerPeriod) = requestsPerSecond >= 10
            ? (StandardPeriod, (int)Math.Round(requestsPerSecond / 10, MidpointRounding.AwayFromZero))
            : (TimeSpan.FromSeconds(1 / requestsPerSecond), 1);

        Period = period;
        TokensPerPeriod = tokensPerPeriod;
        _bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokensPerPeriod,
            TokensPerPeriod = tokensPerPeriod,
            ReplenishmentPeriod = period,
            AutoReplenishment = false,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _refill = time.CreateTimer(static state => ((TokenBucketRateLimiter)state!).TryReplenish(), _bucket, period, period);
    }

    public TimeSpan Period { get; }

    public int TokensPerPeriod { get; }

    /// <summary>Waits for a permit; callers queue in arrival order.</summary>
    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        using RateLimitLease lease = await _bucket.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            // Only possible if the queue (int.MaxValue long) overflowed.
            throw new InvalidOperationException("The client-side rate limiter rejected a request because its queue is full.");
        }
    }

    public void Dispose()
    {
        _refill.Dispose();
        _bucket.Dispose();
    }
}
