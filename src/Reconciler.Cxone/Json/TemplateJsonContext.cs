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
[JsonSerializable(typeof(ApiPage<TemplateVersion>))]
[JsonSerializable(typeof(JobStatus))]
[JsonSerializable(typeof(ApiErrorBody))]
internal sealed partial class TemplateJsonContext : JsonSerializerContext;
