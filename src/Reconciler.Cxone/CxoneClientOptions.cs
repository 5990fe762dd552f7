namespace Reconciler.Cxone;

/// <summary>
/// Tuning of the CXone client. Every default is in <see cref="CxoneClientDefaults"/>.
/// </summary>
public sealed record CxoneClientOptions
{
    /// <summary>Retries after the first attempt for a transient outcome (429, 5xx, timeout, connection error).</summary>
    public int MaxRetries { get; init; } = CxoneClientDefaults.MaxRetries;

    /// <summary>First backoff delay; later ones double, with jitter, up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; init; } = CxoneClientDefaults.BaseDelay;

    /// <summary>Longest backoff delay.</summary>
    public TimeSpan MaxDelay { get; init; } = CxoneClientDefaults.MaxDelay;

    /// <summary>
    /// Longest <c>Retry-After</c> honoured; a server asking for a longer wait ends the call with a
    /// transient <see cref="CxoneApiException"/> instead of blocking the run.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; init; } = CxoneClientDefaults.MaxRetryAfter;

    /// <summary>Time one HTTP attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; init; } = CxoneClientDefaults.AttemptTimeout;

    /// <summary>Failure ratio that opens the circuit breaker.</summary>
    public double CircuitBreakerFailureRatio { get; init; } = CxoneClientDefaults.CircuitBreakerFailureRatio;

    /// <summary>Minimum calls in the sampling window before the circuit may open.</summary>
    public int CircuitBreakerMinimumThroughput { get; init; } = CxoneClientDefaults.CircuitBreakerMinimumThroughput;

    /// <summary>Window over which the failure ratio is measured.</summary>
    public TimeSpan CircuitBreakerSamplingDuration { get; init; } = CxoneClientDefaults.CircuitBreakerSamplingDuration;

    /// <summary>How long an open circuit rejects calls.</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; init; } = CxoneClientDefaults.CircuitBreakerBreakDuration;

    /// <summary>
    /// Client-side limit on API requests per second (retries included), or null for none. Set it a
    /// little below the tenant's limit: the bucket allows a burst of a tenth of a second's worth.
    /// </summary>
    public double? RequestsPerSecond { get; init; }

    /// <summary>First delay between job status polls.</summary>
    public TimeSpan JobPollInitialInterval { get; init; } = CxoneClientDefaults.JobPollInitialInterval;

    /// <summary>Longest delay between job status polls.</summary>
    public TimeSpan JobPollMaxInterval { get; init; } = CxoneClientDefaults.JobPollMaxInterval;

    /// <summary>How long waiting for one job or theme activation may take.</summary>
    public TimeSpan JobDeadline { get; init; } = CxoneClientDefaults.JobDeadline;

    /// <summary>Items per page of list calls, 1 to <see cref="CxoneClientDefaults.MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = CxoneClientDefaults.PageSize;

    /// <summary>Throws when a value is out of range, naming the option and the allowed range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public void Validate()
    {
        Require(MaxRetries is >= 0 and <= 100, nameof(MaxRetries), MaxRetries, "0 to 100");
        Require(BaseDelay > TimeSpan.Zero, nameof(BaseDelay), BaseDelay, "positive");
        Require(MaxDelay >= BaseDelay, nameof(MaxDelay), MaxDelay, "at least BaseDelay");
        Require(MaxRetryAfter >= TimeSpan.Zero, nameof(MaxRetryAfter), MaxRetryAfter, "zero or positive");
        Require(AttemptTimeout > TimeSpan.Zero, nameof(AttemptTimeout), AttemptTimeout, "positive");
        Require(CircuitBreakerFailureRatio is > 0 and <= 1, nameof(CircuitBreakerFailureRatio), CircuitBreakerFailureRatio, "above 0 and at most 1");
        Require(CircuitBreakerMinimumThroughput >= 2, nameof(CircuitBreakerMinimumThroughput), CircuitBreakerMinimumThroughput, "at least 2");
        Require(CircuitBreakerSamplingDuration >= TimeSpan.FromMilliseconds(500), nameof(CircuitBreakerSamplingDuration), CircuitBreakerSamplingDuration, "at least 500 ms");
        Require(CircuitBreakerBreakDuration >= TimeSpan.FromMilliseconds(500), nameof(CircuitBreakerBreakDuration), CircuitBreakerBreakDuration, "at least 500 ms");
        Require(RequestsPerSecond is null or (> 0 and <= 100_000), nameof(RequestsPerSecond), RequestsPerSecond, "null or above 0");
        Require(JobPollInitialInterval > TimeSpan.Zero, nameof(JobPollInitialInterval), JobPollInitialInterval, "positive");
        Require(JobPollMaxInterval >= JobPollInitialInterval, nameof(JobPollMaxInterval), JobPollMaxInterval, "at least JobPollInitialInterval");
        Require(JobDeadline > TimeSpan.Zero, nameof(JobDeadline), JobDeadline, "positive");
        Require(PageSize is >= 1 and <= CxoneClientDefaults.MaxPageSize, nameof(PageSize), PageSize, $"1 to {CxoneClientDefaults.MaxPageSize}");
    }

    private static void Require(bool condition, string name, object? value, string range)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(name, value, $"CxoneClientOptions.{name} must be {range}.");
        }
    }
}
