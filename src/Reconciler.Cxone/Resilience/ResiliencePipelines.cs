using System.Globalization;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using Reconciler.Cxone.Http;

namespace Reconciler.Cxone.Resilience;

/// <summary>
/// Builds the Polly v8 pipelines. For API calls, outermost first: retry (exponential backoff with
/// jitter, honouring <c>Retry-After</c>, transient outcomes only) → client-side rate limiter →
/// circuit breaker → per-attempt timeout. The token endpoint gets retry and timeout only: it is
/// neither rate limited by CXone nor a sign of CXone's health.
/// </summary>
internal static class ResiliencePipelines
{
    /// <summary>Carries the call's description to the retry log line.</summary>
    public static readonly ResiliencePropertyKey<string> CallKey = new("cxone.call");

    /// <summary>A Retry-After is stretched by up to this share so many waiting clients do not return in lockstep.</summary>
    private const double RetryAfterJitterShare = 0.1;

    private static readonly TimeSpan MaxRetryAfterJitter = TimeSpan.FromMilliseconds(500);

    public static ResiliencePipeline<HttpResponseMessage> ForApi(
        CxoneClientOptions options,
        TimeProvider time,
        ClientRateLimiter? limiter,
        CxoneCallStatistics statistics,
        ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = "cxone-api", TimeProvider = time };
        AddRetry(builder, options, time, statistics, logger);
        if (limiter is not null)
        {
            builder.AddStrategy(_ => new RateLimiterStrategy(limiter), new RateLimiterStrategyOptions());
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = options.CircuitBreakerFailureRatio,
            MinimumThroughput = options.CircuitBreakerMinimumThroughput,
            SamplingDuration = options.CircuitBreakerSamplingDuration,
            BreakDuration = options.CircuitBreakerBreakDuration,
            ShouldHandle = args => ValueTask.FromResult(TransientOutcomes.CountsAgainstCircuit(args.Outcome)),
            OnOpened = args =>
            {
                CxoneLog.CircuitOpened(logger, (long)args.BreakDuration.TotalMilliseconds);
                return default;
            },
            OnClosed = _ =>
            {
                CxoneLog.CircuitClosed(logger);
                return default;
            },
        });
        AddTimeout(builder, options, statistics);
        return builder.Build();
    }

    public static ResiliencePipeline<HttpResponseMessage> ForToken(
        CxoneClientOptions options,
        TimeProvider time,
        CxoneCallStatistics statistics,
        ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = "cxone-token", TimeProvider = time };
        AddRetry(builder, options, time, statistics, logger);
        AddTimeout(builder, options, statistics);
        return builder.Build();
    }

    /// <summary>
    /// The delay before a retry: the server's <c>Retry-After</c> (plus a little jitter) when it sent
    /// one, an open circuit's remaining break, or null for Polly's exponential backoff with jitter.
    /// </summary>
    public static TimeSpan? ServerRequestedDelay(Outcome<HttpResponseMessage> outcome, TimeProvider time, Func<double> random)
    {
        if (RetryAfter.From(outcome.Result, time.GetUtcNow()) is TimeSpan wait)
        {
            TimeSpan jitterCap = TimeSpan.FromTicks(Math.Min((long)(wait.Ticks * RetryAfterJitterShare), MaxRetryAfterJitter.Ticks));
            return wait + TimeSpan.FromTicks((long)(jitterCap.Ticks * random()));
        }

        return outcome.Exception is BrokenCircuitException { RetryAfter: TimeSpan untilHalfOpen } ? untilHalfOpen : null;
    }

    private static void AddRetry(
        ResiliencePipelineBuilder<HttpResponseMessage> builder,
        CxoneClientOptions options,
        TimeProvider time,
        CxoneCallStatistics statistics,
        ILogger logger)
    {
        if (options.MaxRetries == 0)
        {
            return;
        }

        builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.BaseDelay,
            MaxDelay = options.MaxDelay,
            ShouldHandle = args => ValueTask.FromResult(
                TransientOutcomes.ShouldRetry(args.Outcome)
                && !(RetryAfter.From(args.Outcome.Result, time.GetUtcNow()) > options.MaxRetryAfter)),
            DelayGenerator = args => ValueTask.FromResult(ServerRequestedDelay(args.Outcome, time, Random.Shared.NextDouble)),
            OnRetry = args =>
            {
                statistics.RetryScheduled();
                string call = args.Context.Properties.GetValue(CallKey, "token request");
                CxoneLog.Retrying(logger, call, (long)args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1, options.MaxRetries, Reason(args.Outcome));
                return default;
            },
        });
    }

    private static void AddTimeout(ResiliencePipelineBuilder<HttpResponseMessage> builder, CxoneClientOptions options, CxoneCallStatistics statistics) =>
        builder.AddTimeout(new TimeoutStrategyOptions
        {
            Timeout = options.AttemptTimeout,
            OnTimeout = _ =>
            {
                statistics.TimedOut();
                return default;
            },
        });

    private static string Reason(Outcome<HttpResponseMessage> outcome) => outcome.Exception switch
    {
        null => ((int)outcome.Result!.StatusCode).ToString(CultureInfo.InvariantCulture),
        TimeoutRejectedException => "a timeout",
        BrokenCircuitException => "an open circuit",
        Exception ex => ex.GetType().Name + ": " + ApiErrors.Innermost(ex).Message,
    };
}
