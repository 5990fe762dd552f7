namespace Reconciler.Cxone;

/// <summary>The documented defaults of <see cref="CxoneClientOptions"/>, kept in one place.</summary>
public static class CxoneClientDefaults
{
    /// <summary>Retries after the first attempt for a transient outcome: 6.</summary>
    public const int MaxRetries = 6;

    /// <summary>First backoff delay before jitter: 200 ms, doubling per retry.</summary>
    public static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest backoff delay: 10 s.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(10);

    /// <summary>Longest <c>Retry-After</c> the client waits before giving up on a call: 60 s.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);

    /// <summary>Time one HTTP attempt may take before it is abandoned and retried: 30 s.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Share of failed attempts (5xx, timeouts, connection errors; not 429) that opens the circuit: 0.8.
    /// High on purpose: a busy tenant failing one attempt in three is handled by retries, and the
    /// breaker is for a CXone that is down, not one that is flaky.
    /// </summary>
    public const double CircuitBreakerFailureRatio = 0.8;

    /// <summary>Attempts in the sampling window before the circuit may open: 40.</summary>
    public const int CircuitBreakerMinimumThroughput = 40;

    /// <summary>Window over which the failure ratio is measured: 15 s.</summary>
    public static readonly TimeSpan CircuitBreakerSamplingDuration = TimeSpan.FromSeconds(15);

    /// <summary>How long an open circuit rejects calls before it tries one: 5 s.</summary>
    public static readonly TimeSpan CircuitBreakerBreakDuration = TimeSpan.FromSeconds(5);

    /// <summary>First delay between job or theme status polls: 100 ms, doubling per poll.</summary>
    public static readonly TimeSpan JobPollInitialInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Longest delay between polls: 2 s.</summary>
    public static readonly TimeSpan JobPollMaxInterval = TimeSpan.FromSeconds(2);

    /// <summary>How long a job may stay QUEUED/RUNNING (or a theme PENDING) before waiting fails: 5 min.</summary>
    public static readonly TimeSpan JobDeadline = TimeSpan.FromMinutes(5);

    /// <summary>Items requested per page of a list call: 500 (the API allows up to 1000).</summary>
    public const int PageSize = 500;

    /// <summary>Largest page size the API accepts.</summary>
    public const int MaxPageSize = 1000;
}
