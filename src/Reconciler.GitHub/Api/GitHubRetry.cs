using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Reconciler.GitHub.Api;

/// <summary>
/// Which GitHub answers are worth another try, and when: 5xx and timeouts with exponential
/// backoff; secondary rate limits (403/429 with <c>Retry-After</c>, or
/// <c>x-ratelimit-remaining: 0</c>) after the wait GitHub asks for, if it is short. Everything
/// else (401, plain 403, 404, 422) is terminal: repeating it cannot help.
/// </summary>
internal static class GitHubRetry
{
    /// <summary>Retries after the first attempt.</summary>
    public const int MaxRetryAttempts = 3;

    /// <summary>First backoff for 5xx; doubled on each retry.</summary>
    public static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);

    /// <summary>Longest rate-limit wait honoured; a longer one fails now rather than stall the job.</summary>
    public static readonly TimeSpan MaxRateLimitWait = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The retry pipeline. With <paramref name="onlyRejections"/>, only answers GitHub gives before
    /// doing anything (rate limits) are retried: for a POST, a 5xx or a lost connection may come
    /// after the comment was created, and the caller must look before posting again.
    /// </summary>
    public static ResiliencePipeline<HttpResponseMessage> Create(TimeProvider time, ILogger logger, bool onlyRejections = false) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                Delay = BaseDelay,
                UseJitter = false,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException } => !onlyRejections,
                    { Exception: TaskCanceledException } => !onlyRejections && !args.Context.CancellationToken.IsCancellationRequested,
                    { Result: { } response } => onlyRejections
                        ? (int)response.StatusCode < 500 && IsTransient(response, time.GetUtcNow())
                        : IsTransient(response, time.GetUtcNow()),
                    _ => false,
                }),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } response ? RateLimitWait(response, time.GetUtcNow()) : null),
                OnRetry = args =>
                {
                    var reason = args.Outcome.Result is { } r
                        ? ((int)r.StatusCode).ToString(CultureInfo.InvariantCulture)
                        : args.Outcome.Exception?.GetType().Name ?? "failure";
                    logger.LogWarning("GitHub API answered {Reason}; retrying in {Delay:0.#} s (retry {Attempt} of {Max}).", reason, args.RetryDelay.TotalSeconds, args.AttemptNumber + 1, MaxRetryAttempts);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    /// <summary>True for answers that another try may turn into success.</summary>
    public static bool IsTransient(HttpResponseMessage response, DateTimeOffset now)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return true;
        }

        if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests)
        {
            // A plain 403 is a permission problem; a 429 without a hint still asks us to slow down.
            var wait = RateLimitWait(response, now);
            return wait is null ? response.StatusCode == HttpStatusCode.TooManyRequests : wait <= MaxRateLimitWait;
        }

        return false;
    }

    /// <summary>The wait a rate-limited answer asks for, or null when it is not rate-limited (use backoff).</summary>
    public static TimeSpan? RateLimitWait(HttpResponseMessage response, DateTimeOffset now)
    {
        if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests))
        {
            return null;
        }

        if (response.Headers.RetryAfter is { } retryAfter)
        {
            var wait = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - now : TimeSpan.Zero);
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        if (Header(response, "x-ratelimit-remaining") == "0")
        {
            // Primary limit exhausted: GitHub says when the window resets (epoch seconds).
            if (long.TryParse(Header(response, "x-ratelimit-reset"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var reset))
            {
                var wait = DateTimeOffset.FromUnixTimeSeconds(reset) - now;
                return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
            }

            // GitHub's guidance for secondary limits without a reset: wait at least a minute.
            return MaxRateLimitWait;
        }

        return null;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
