using System.Text.Json.Serialization;

namespace Reconciler.Cxone.Http;

/// <summary>
/// The API's error body <c>{error, message}</c> with the extras some answers carry: the missing
/// scope of a 403, and for a 409 the existing version and any in-flight job (templates, camelCase)
/// or the existing theme id (web messaging, snake_case).
/// </summary>
internal sealed record ApiErrorBody
{
    [JsonPropertyName("error")]
    public string? Error { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonPropertyName("scope")]
    public string? Scope { get; init; }

    [JsonPropertyName("jobId")]
    public string? JobId { get; init; }

    [JsonPropertyName("existing")]
    public ExistingTemplateVersion? Existing { get; init; }

    [JsonPropertyName("existing_id")]
    public string? ExistingId { get; init; }
}
