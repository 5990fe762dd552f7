namespace Reconciler.Engine.Webhooks;

/// <summary>One payload for one webhook, signed once so every retry sends the same bytes.</summary>
internal sealed record WebhookDelivery(WebhookTarget Target, string EventType, string Subject, byte[] Body, string Id);
