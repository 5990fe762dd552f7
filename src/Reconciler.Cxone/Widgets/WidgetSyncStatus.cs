using System.Text.Json.Serialization;

namespace Reconciler.Cxone.Widgets;

/// <summary>What batch sync did to one widget.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WidgetSyncStatus>))]
public enum WidgetSyncStatus
{
    /// <summary>The widget now lists the theme.</summary>
    [JsonStringEnumMemberName("SYNCED")]
    Synced,

    /// <summary>It already had the theme and override was off.</summary>
    [JsonStringEnumMemberName("SKIPPED")]
    Skipped,

    /// <summary>Sync failed for this widget (e.g. unknown widget).</summary>
    [JsonStringEnumMemberName("FAILED")]
    Failed,
}
