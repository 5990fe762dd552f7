namespace Reconciler.Core.Settings;

/// <summary>The value of every <c>reconciler.yaml</c> key that the file leaves out.</summary>
public static class SettingsDefaults
{
    /// <summary>WhatsApp's body limit, in code points (as CXone counts).</summary>
    public const int WhatsAppMaxBodyLength = 1024;

    /// <summary>Messenger's text limit, in code points.</summary>
    public const int MessengerMaxBodyLength = 2000;

    /// <summary>SMS: more than one segment is a warning by default.</summary>
    public const int SmsMaxSegments = 1;

    /// <summary>Payloads submitted in parallel during apply.</summary>
    public const int ApplyConcurrency = 4;

    /// <summary>Webhook events when a webhook lists none.</summary>
    public static IReadOnlyList<string> WebhookEvents { get; } = ["applied", "failed"];

    /// <summary>Channel limits when <c>reconciler.yaml</c> sets none.</summary>
    public static IReadOnlyDictionary<string, ChannelLimits> ChannelLimits { get; } = new Dictionary<string, ChannelLimits>(StringComparer.Ordinal)
    {
        ["whatsapp"] = new(WhatsAppMaxBodyLength, null),
        ["messenger"] = new(MessengerMaxBodyLength, null),
        ["sms"] = new(null, SmsMaxSegments),
    };
}
