namespace Cxone.Emulator;

/// <summary>The OAuth scopes the emulator knows (SPEC §5).</summary>
public static class EmulatorScopes
{
    /// <summary>Read templates and template jobs.</summary>
    public const string TemplatesRead = "interactions.digital.templates.read";

    /// <summary>Submit template versions.</summary>
    public const string TemplatesWrite = "interactions.digital.templates.write";

    /// <summary>Requested by the template tutorial; no call needs it.</summary>
    public const string MessagesWrite = "interactions.digital.messages.write";

    /// <summary>Read widgets, themes and assignments.</summary>
    public const string WebMessagingRead = "omnichannel:webmessaging:read";

    /// <summary>Publish themes, assign them, batch-sync them.</summary>
    public const string WebMessagingWrite = "omnichannel:webmessaging:write";

    /// <summary>Read configuration (requested by the theme tutorial).</summary>
    public const string ConfigRead = "config:read";

    /// <summary>Change routing configuration: assignments and batch sync.</summary>
    public const string ConfigWrite = "config:write";

    /// <summary>Read widget-performance analytics.</summary>
    public const string AnalyticsRead = "analytics:read";

    /// <summary>Every scope; what the default client <c>local</c> gets.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        TemplatesRead, TemplatesWrite, MessagesWrite, WebMessagingRead, WebMessagingWrite, ConfigRead, ConfigWrite, AnalyticsRead,
    ];
}
