using System.Text.Json.Serialization;

namespace Reconciler.Cxone.Http;

/// <summary>The version a template 409 says already exists.</summary>
internal sealed record ExistingTemplateVersion
{
    [JsonPropertyName("templateId")]
    public string? TemplateId { get; init; }

    [JsonPropertyName("locale")]
    public string? Locale { get; init; }

    [JsonPropertyName("version")]
    public string? Version { get; init; }

    [JsonPropertyName("contentHash")]
    public string? ContentHash { get; init; }
}
