using Polly;

namespace Reconciler.Cxone.Resilience;

/// <summary>
/// A Polly strategy that takes a permit from the <see cref="ClientRateLimiter"/> before each
/// attempt. It sits inside the retry strategy so retries wait for a permit too, and outside the
/// per-attempt timeout so waiting in the queue does not eat into an attempt's time.
/// </summary>
internal sealed class RateLimiterStrategy(ClientRateLimiter limiter) : ResilienceStrategy
{
    protected override async ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback,
        ResilienceContext context,
        TState state)
    {
        try
        {
            await limiter.AcquireAsync(context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
        }
        catch (OperationCanceledException ex)
        {
            return Outcome.FromException<TResult>(ex);
        }

        return await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
    }
}
