using Polly;

namespace Reconciler.Cxone.Resilience;

/// <summary>Options of <see cref="RateLimiterStrategy"/>; the limiter itself carries the settings.</summary>
internal sealed class RateLimiterStrategyOptions : ResilienceStrategyOptions
{
    public RateLimiterStrategyOptions() => Name = "cxone-rate-limiter";
}
