using System.Text.Json.Serialization;
using Reconciler.Cxone.Http;
using Reconciler.Cxone.Jobs;
using Reconciler.Cxone.Templates;

namespace Reconciler.Cxone.Json;

/// <summary>Source-generated JSON for the template and job calls, which speak camelCase.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(TemplatePayload))]
[JsonSerializable(typeof(SubmitTemplateResponse))]
// Pages of template versions are read by TemplatePageJson; this generated reader stays as the
// reference that its tests compare it with.
[JsonSerializable(typeof(ApiPage<TemplateVersion>))]
[JsonSerializable(typeof(JobStatus))]
[JsonSerializable(typeof(ApiErrorBody))]
internal sealed partial class TemplateJsonContext : JsonSerializerContext;
