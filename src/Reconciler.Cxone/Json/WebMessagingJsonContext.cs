using System.Text.Json.Serialization;
using Reconciler.Cxone.Analytics;
using Reconciler.Cxone.Auth;
using Reconciler.Cxone.Http;
using Reconciler.Cxone.Themes;
using Reconciler.Cxone.Widgets;

namespace Reconciler.Cxone.Json;

/// <summary>
/// Source-generated JSON for the web-messaging, analytics and OAuth calls, which speak snake_case.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(ThemePayload))]
[JsonSerializable(typeof(PublishThemeResponse))]
[JsonSerializable(typeof(ThemeStatus))]
[JsonSerializable(typeof(ApiPage<WidgetTheme>))]
[JsonSerializable(typeof(ApiPage<Widget>))]
[JsonSerializable(typeof(ApiPage<ThemeAssignment>))]
[JsonSerializable(typeof(ApiPage<TenantAssignment>))]
[JsonSerializable(typeof(AssignmentsRequest))]
[JsonSerializable(typeof(AssignmentSet))]
[JsonSerializable(typeof(BatchSyncRequest))]
[JsonSerializable(typeof(BatchSyncResult))]
[JsonSerializable(typeof(WidgetPerformance))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(ApiErrorBody))]
internal sealed partial class WebMessagingJsonContext : JsonSerializerContext;
