using System.Text.Json.Serialization;

namespace Reconciler.Cxone.Themes;

/// <summary>Activation state of a published theme.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ThemeState>))]
public enum ThemeState
{
    /// <summary>Published, not yet active.</summary>
    [JsonStringEnumMemberName("PENDING")]
    Pending,

    /// <summary>Active: it can be assigned and synced.</summary>
    [JsonStringEnumMemberName("ACTIVE")]
    Active,

    /// <summary>Activation failed (e.g. WCAG contrast).</summary>
    [JsonStringEnumMemberName("FAILED")]
    Failed,
}
