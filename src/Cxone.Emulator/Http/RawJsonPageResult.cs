using System.Text.Json;
using Cxone.Emulator.Json;

namespace Cxone.Emulator.Http;

/// <summary>
/// Writes a list page whose items are already JSON: the same document as serializing the
/// <see cref="Page{T}"/> (same names, same order), without serializing any item again.
/// </summary>
internal sealed class RawJsonPageResult(Page<byte[]> page) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(response.BodyWriter))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("items");
            foreach (var item in page.Items)
            {
                writer.WriteRawValue(item, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteNumber("page", page.PageNumber);
            writer.WriteNumber("page_size", page.PageSize);
            writer.WriteNumber("total_items", page.TotalItems);
            writer.WriteNumber("total_pages", page.TotalPages);
            writer.WriteEndObject();
        }

        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
