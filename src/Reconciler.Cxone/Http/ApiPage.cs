using System.Text.Json.Serialization;

namespace Reconciler.Cxone.Http;

/// <summary>
/// One page of a list call. The paging fields are snake_case in every API family. Collections read
/// as empty when absent: source-generated JSON passes null to an init accessor it has no value for.
/// </summary>
/// <typeparam name="T">Item type.</typeparam>
internal sealed record ApiPage<T>
{
    [JsonPropertyName("items")]
    public IReadOnlyList<T> Items { get => field ?? []; init; }

    [JsonPropertyName("page")]
    public int PageNumber { get; init; }

    [JsonPropertyName("page_size")]
    public int PageSize { get; init; }

    [JsonPropertyName("total_items")]
    public int TotalItems { get; init; }

    [JsonPropertyName("total_pages")]
    public int TotalPages { get; init; }
}
