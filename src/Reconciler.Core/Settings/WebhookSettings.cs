namespace Reconciler.Core.Settings;

/// <summary>
/// A webhook that hears about apply outcomes. The URL and secret are read from environment
/// variables at run time so that neither is ever committed.
/// </summary>
/// <param name="Name">Short name used in logs (<c>slack</c>).</param>
/// <param name="UrlEnv">Environment variable holding the URL.</param>
/// <param name="SecretEnv">Environment variable holding the HMAC signing secret, or null.</param>
/// <param name="Events">Events to send: planned, applied, failed, drift.</param>
public sealed record WebhookSettings(string Name, string UrlEnv, string? SecretEnv, IReadOnlyList<string> Events);
