namespace Reconciler.Engine.Webhooks;

/// <summary>How deliveries are retried and bounded; see <see cref="WebhookDefaults"/>.</summary>
public sealed record WebhookOptions
{
    /// <summary>Attempts per delivery, the first included (2–10).</summary>
    public int MaxAttempts { get; init; } = WebhookDefaults.MaxAttempts;

    /// <summary>First retry delay.</summary>
    public TimeSpan BaseDelay { get; init; } = WebhookDefaults.BaseDelay;

    /// <summary>Per-attempt timeout.</summary>
    public TimeSpan AttemptTimeout { get; init; } = WebhookDefaults.AttemptTimeout;

    /// <summary>Bounded queue size.</summary>
    public int QueueCapacity { get; init; } = WebhookDefaults.QueueCapacity;

    /// <summary>Jitter on retry delays (off in tests that count time).</summary>
    public bool UseJitter { get; init; } = true;
}
