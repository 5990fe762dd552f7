using System.Collections.Concurrent;
using Cxone.Emulator.Auth;

namespace Cxone.Emulator.Http;

/// <summary>Per-client rate limit on authenticated <c>/api/*</c> calls: 429 with <c>Retry-After</c> beyond it.</summary>
internal sealed class RateLimiting(double ratePerSecond, TimeProvider time, EmulatorStatistics statistics)
{
    private readonly ConcurrentDictionary<string, TokenBucket> _buckets = new(StringComparer.Ordinal);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (BearerAuthentication.ClientIdOf(context) is { } clientId)
        {
            var now = time.GetUtcNow();
            var bucket = _buckets.GetOrAdd(clientId, _ => new TokenBucket(ratePerSecond, now));
            if (!bucket.TryTake(now, out var retryAfter))
            {
                statistics.RecordRateLimited();
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                await ApiErrorResult.WriteAsync(context.Response, new ApiError(StatusCodes.Status429TooManyRequests, "rate_limited",
                    $"Client '{clientId}' is limited to {ratePerSecond:0.###} requests per second; retry after {seconds} s.")
                { RetryAfter = retryAfter });
                return;
            }
        }

        await next(context);
    }
}
