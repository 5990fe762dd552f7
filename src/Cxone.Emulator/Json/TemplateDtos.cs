using System.Text.Json;

namespace Cxone.Emulator.Json;

/// <summary>Body of <c>POST /api/v1/interactions/digital/templates</c>; every field nullable so missing ones become 400s, not exceptions.</summary>
internal sealed class TemplatePayload
{
    public string? TemplateId { get; set; }

    public string? Version { get; set; }

    public List<string?>? Channels { get; set; }

    public string? Locale { get; set; }

    public List<ContentBlockPayload?>? ContentBlocks { get; set; }

    public List<string?>? Variables { get; set; }

    public JsonElement? Metadata { get; set; }
}

/// <summary>One content block of a template payload.</summary>
internal sealed class ContentBlockPayload
{
    public string? Id { get; set; }

    public string? Type { get; set; }

    public string? Content { get; set; }
}

/// <summary>A stored template version as the read calls return it: the payload plus when it was created.</summary>
internal sealed record TemplateItem(
    string TemplateId,
    string Version,
    IReadOnlyList<string?> Channels,
    string Locale,
    IReadOnlyList<ContentBlockPayload?> ContentBlocks,
    IReadOnlyList<string?> Variables,
    JsonElement? Metadata,
    DateTimeOffset CreatedAt,
    string JobId);

/// <summary>Answer to a template submission.</summary>
internal sealed record JobAccepted(string JobId, string Status);

/// <summary>Answer to <c>GET /api/v1/jobs/{jobId}</c>.</summary>
internal sealed record JobView(string JobId, string Status, string? ErrorMessage, string TemplateId, string Locale, string Version);
