using System.Text.Encodings.Web;
using System.Text.Json;

namespace Cxone.Emulator.Json;

/// <summary>
/// The serializer contexts the endpoints use. The default encoder escapes quotes and apostrophes
/// as <c>\u0027</c>; these answers are API JSON, never embedded in HTML, so the relaxed encoder
/// keeps the error messages readable in curl and logs.
/// </summary>
internal static class JsonContexts
{
    public static TemplateJsonContext Template { get; } = new(Create(JsonNamingPolicy.CamelCase));

    public static WebJsonContext Web { get; } = new(Create(JsonNamingPolicy.SnakeCaseLower));

    private static JsonSerializerOptions Create(JsonNamingPolicy policy) => new()
    {
        PropertyNamingPolicy = policy,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
