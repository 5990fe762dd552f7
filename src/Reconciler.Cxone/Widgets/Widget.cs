namespace Reconciler.Cxone.Widgets;

/// <summary>A web-messaging widget.</summary>
/// <param name="WidgetId">Widget id, e.g. <c>w-123456</c>.</param>
/// <param name="CreatedAt">When CXone first saw it.</param>
public sealed record Widget(
    string WidgetId,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(Json.FlexibleTimestampConverter))] DateTimeOffset? CreatedAt = null);
