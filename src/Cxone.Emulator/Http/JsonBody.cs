using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Cxone.Emulator.Http;

/// <summary>Reads a JSON request body; malformed or oversized bodies become 400/413 values, never exceptions.</summary>
internal static class JsonBody
{
    public static async Task<(T? Value, ApiError? Error)> ReadAsync<T>(HttpContext context, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            var value = await JsonSerializer.DeserializeAsync(context.Request.Body, type, context.RequestAborted);
            return value is null
                ? (null, ApiError.BadRequest("The request body must be a JSON object, not null."))
                : (value, null);
        }
        catch (JsonException e)
        {
            var where = e.Path is { Length: > 0 } path ? $" at {path}" : "";
            var position = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : "";
            return (null, ApiError.BadRequest(
                $"The request body is not the expected JSON{where}{position}: a value is malformed or has the wrong type. Send a JSON object as API.md describes."));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, new ApiError(StatusCodes.Status413PayloadTooLarge, "payload_too_large",
                $"The request body is larger than {EmulatorDefaults.MaxRequestBodyBytes / (1024 * 1024)} MiB."));
        }
    }
}
