using System.Text.Json;
using System.Text.Json.Serialization;
using Reconciler.Cxone.Json;

namespace Reconciler.Cxone;

/// <summary>
/// Traceability data stored verbatim with a template version or theme: who created it, when, from
/// which commit and file, and a hash of its content. Fields the reconciler does not know are kept
/// in <see cref="Extra"/> so reading what another tool wrote loses nothing.
/// </summary>
public sealed record ContentMetadata
{
    /// <summary>Who created the content, e.g. <c>reconciler</c>.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>When it was created; read from ISO 8601 text or Unix seconds (the tutorial's form).</summary>
    [JsonConverter(typeof(FlexibleTimestampConverter))]
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The git commit the content came from.</summary>
    public string? SourceCommit { get; init; }

    /// <summary>True when the working tree had uncommitted changes.</summary>
    public bool? SourceDirty { get; init; }

    /// <summary>Path of the source file relative to the repository root.</summary>
    public string? SourcePath { get; init; }

    /// <summary>Hash of the canonical content; equal hashes mean equal content.</summary>
    public string? ContentHash { get; init; }

    /// <summary>Any other fields, kept as they were. (Settable: System.Text.Json cannot bind extension data to an init-only property.)</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
