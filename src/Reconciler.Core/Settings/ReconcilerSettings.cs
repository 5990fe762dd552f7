namespace Reconciler.Core.Settings;

/// <summary>
/// The repository's <c>reconciler.yaml</c>; every key is optional and defaults to
/// <see cref="SettingsDefaults"/>. A channel set in the file replaces only the limits it names.
/// </summary>
public sealed class ReconcilerSettings
{
    /// <summary>The settings of a repository without <c>reconciler.yaml</c>.</summary>
    public static ReconcilerSettings Default { get; } = new();

    /// <summary>Limits per channel name (whatsapp, messenger, sms, email, webchat).</summary>
    public IReadOnlyDictionary<string, ChannelLimits> Channels { get; init; } = SettingsDefaults.ChannelLimits;

    /// <summary>Payloads submitted in parallel during apply (1–32).</summary>
    public int ApplyConcurrency { get; init; } = SettingsDefaults.ApplyConcurrency;

    /// <summary>Webhooks to notify.</summary>
    public IReadOnlyList<WebhookSettings> Webhooks { get; init; } = [];

    /// <summary>Repository-relative path of the JSON-lines audit log; null disables it.</summary>
    public string? AuditLog { get; init; }

    /// <summary>The limits of <paramref name="channel"/>; no limits for a channel nobody configured.</summary>
    public ChannelLimits LimitsFor(string channel) =>
        Channels.TryGetValue(channel, out var limits) ? limits : new ChannelLimits(null, null);
}
