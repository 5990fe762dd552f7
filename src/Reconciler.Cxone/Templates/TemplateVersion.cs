namespace Reconciler.Cxone.Templates;

/// <summary>A template version as CXone stores it (the submitted payload plus when it was created).</summary>
public sealed record TemplateVersion
{
    /// <summary>Template id.</summary>
    public required string TemplateId { get; init; }

    /// <summary>Version, e.g. <c>v2.4</c>.</summary>
    public required string Version { get; init; }

    /// <summary>Locale.</summary>
    public required string Locale { get; init; }

    /// <summary>Channels.</summary>
    public IReadOnlyList<string> Channels { get => field ?? []; init; }

    /// <summary>Content blocks.</summary>
    public IReadOnlyList<ContentBlock> ContentBlocks { get => field ?? []; init; }

    /// <summary>Declared variables.</summary>
    public IReadOnlyList<string> Variables { get => field ?? []; init; }

    /// <summary>Metadata stored with the version.</summary>
    public ContentMetadata? Metadata { get; init; }

    /// <summary>When CXone created the version.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Json.FlexibleTimestampConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The job that created the version, when CXone says.</summary>
    public string? JobId { get; init; }
}
