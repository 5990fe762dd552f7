using System.Text.Json.Serialization;

namespace Cxone.Emulator.Json;

/// <summary>The <c>{error, message}</c> body of every error, with the optional extras API.md lists.</summary>
internal sealed record ErrorBody(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("message")] string Message)
{
    [JsonPropertyName("scope")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Scope { get; init; }

    [JsonPropertyName("details")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Details { get; init; }

    [JsonPropertyName("existing")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ExistingTemplate? Existing { get; init; }

    [JsonPropertyName("jobId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? JobId { get; init; }

    [JsonPropertyName("existing_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ExistingId { get; init; }
}

/// <summary>The template version a 409 collided with.</summary>
internal sealed record ExistingTemplate(
    [property: JsonPropertyName("templateId")] string TemplateId,
    [property: JsonPropertyName("locale")] string Locale,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("contentHash")]
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ContentHash);

/// <summary>The token endpoint's answer (RFC 6749 §5.1).</summary>
internal sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] long ExpiresIn,
    [property: JsonPropertyName("scope")] string Scope);

/// <summary>The token endpoint's error (RFC 6749 §5.2), with <c>message</c> as on every other error.</summary>
internal sealed record TokenError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string Description,
    [property: JsonPropertyName("message")] string Message);
