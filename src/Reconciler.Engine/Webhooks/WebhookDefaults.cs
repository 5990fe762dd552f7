namespace Reconciler.Engine.Webhooks;

/// <summary>Webhook delivery defaults, in one place.</summary>
public static class WebhookDefaults
{
    /// <summary>Attempts per delivery, the first included.</summary>
    public const int MaxAttempts = 4;

    /// <summary>First retry delay; doubles each time, with jitter.</summary>
    public static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(500);

    /// <summary>How long one attempt may take before it counts as a timeout and is retried.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(5);

    /// <summary>How many deliveries may wait; beyond it new ones are dropped and reported, never blocking apply.</summary>
    public const int QueueCapacity = 512;

    /// <summary>How long the CLI waits at the end for the queue to drain before reporting what is left.</summary>
    public static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Header carrying <c>sha256=&lt;hex HMAC of the body&gt;</c>.</summary>
    public const string SignatureHeader = "X-Reconciler-Signature";

    /// <summary>Header carrying the send time in Unix seconds.</summary>
    public const string TimestampHeader = "X-Reconciler-Timestamp";

    /// <summary>Header carrying the event type.</summary>
    public const string EventHeader = "X-Reconciler-Event";

    /// <summary>Header carrying a delivery id that stays the same across retries, so receivers can de-duplicate.</summary>
    public const string DeliveryHeader = "X-Reconciler-Delivery";
}
