namespace Cxone.Emulator.Http;

/// <summary>
/// A token bucket refilled continuously at <c>rate</c> tokens per second, holding at most one
/// second's worth (at least one token). Hand-written rather than System.Threading.RateLimiting's
/// because that limiter reads the system clock, and the emulator's time must come from the
/// injected <see cref="TimeProvider"/> so tests advance it instead of sleeping.
/// </summary>
internal sealed class TokenBucket
{
    private readonly Lock _lock = new();
    private readonly double _rate;
    private readonly double _capacity;
    private double _tokens;
    private DateTimeOffset _updatedAt;

    public TokenBucket(double ratePerSecond, DateTimeOffset now)
    {
        _rate = ratePerSecond;
        _capacity = Math.Max(1, ratePerSecond);
        _tokens = _capacity;
        _updatedAt = now;
    }

    /// <summary>Takes a token, or returns false with how long until one is available.</summary>
    public bool TryTake(DateTimeOffset now, out TimeSpan retryAfter)
    {
        lock (_lock)
        {
            if (now > _updatedAt)
            {
                _tokens = Math.Min(_capacity, _tokens + ((now - _updatedAt).TotalSeconds * _rate));
                _updatedAt = now;
            }

            if (_tokens >= 1)
            {
                _tokens -= 1;
                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = TimeSpan.FromSeconds((1 - _tokens) / _rate);
            return false;
        }
    }
}
