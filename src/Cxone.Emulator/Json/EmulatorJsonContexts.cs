using System.Text.Json.Serialization;
using Cxone.Emulator.State;

namespace Cxone.Emulator.Json;

/// <summary>Template calls speak camelCase, as the template tutorial does.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TemplatePayload))]
[JsonSerializable(typeof(JobAccepted))]
[JsonSerializable(typeof(JobView))]
[JsonSerializable(typeof(Page<TemplateItem>))]
internal sealed partial class TemplateJsonContext : JsonSerializerContext;

/// <summary>Web-messaging and analytics calls speak snake_case, as the theme tutorial does.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ThemePayload))]
[JsonSerializable(typeof(ThemeAccepted))]
[JsonSerializable(typeof(ThemeStatusView))]
[JsonSerializable(typeof(Page<ThemeItem>))]
[JsonSerializable(typeof(Page<WidgetItem>))]
[JsonSerializable(typeof(AssignmentsRequest))]
[JsonSerializable(typeof(AssignmentsView))]
[JsonSerializable(typeof(AssignmentPage))]
[JsonSerializable(typeof(Page<TenantAssignmentItem>))]
[JsonSerializable(typeof(BatchSyncRequest))]
[JsonSerializable(typeof(BatchSyncView))]
[JsonSerializable(typeof(PerformanceView))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(TokenError))]
internal sealed partial class WebJsonContext : JsonSerializerContext;

/// <summary>The journal and snapshot lines; internal format, camelCase.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JournalEntry))]
[JsonSerializable(typeof(SnapshotHeader))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
