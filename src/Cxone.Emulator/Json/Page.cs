using System.Text.Json.Serialization;

namespace Cxone.Emulator.Json;

/// <summary>One page of a list; the field names are the same on every list (snake_case), whatever the call's casing.</summary>
internal sealed record Page<T>(
    [property: JsonPropertyName("items")] IReadOnlyList<T> Items,
    [property: JsonPropertyName("page")] int PageNumber,
    [property: JsonPropertyName("page_size")] int PageSize,
    [property: JsonPropertyName("total_items")] int TotalItems,
    [property: JsonPropertyName("total_pages")] int TotalPages);

/// <summary>The assignments list: a page plus the widget's strategy.</summary>
internal sealed record AssignmentPage(
    [property: JsonPropertyName("widget_id")] string WidgetId,
    [property: JsonPropertyName("strategy")] string Strategy,
    [property: JsonPropertyName("items")] IReadOnlyList<AssignmentItem> Items,
    [property: JsonPropertyName("page")] int PageNumber,
    [property: JsonPropertyName("page_size")] int PageSize,
    [property: JsonPropertyName("total_items")] int TotalItems,
    [property: JsonPropertyName("total_pages")] int TotalPages);
