namespace Reconciler.Engine.Webhooks;

/// <summary>What happened to the webhook deliveries of one run.</summary>
/// <param name="Delivered">Deliveries a receiver accepted (2xx).</param>
/// <param name="Failures">One line per delivery that failed for good, or was dropped or left undelivered; never URLs or secrets.</param>
public sealed record WebhookReport(int Delivered, IReadOnlyList<string> Failures)
{
    /// <summary>Nothing to send.</summary>
    public static WebhookReport Empty { get; } = new(0, []);
}
