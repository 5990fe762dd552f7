namespace Reconciler.Engine.Webhooks;

/// <summary>A webhook resolved from <c>reconciler.yaml</c> and the environment.</summary>
/// <param name="Name">The setting's name; also the payload's <c>webhookId</c>.</param>
/// <param name="Url">Where to POST. Treated as a secret (chat webhook URLs embed tokens): never printed.</param>
/// <param name="Secret">HMAC key, or null to send unsigned.</param>
/// <param name="Events">Subscribed events (applied, failed, …).</param>
public sealed record WebhookTarget(string Name, Uri Url, string? Secret, IReadOnlyList<string> Events)
{
    /// <summary>Never the URL or the secret.</summary>
    public override string ToString() => $"webhook {Name}";
}
