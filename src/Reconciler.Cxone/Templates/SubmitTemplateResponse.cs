namespace Reconciler.Cxone.Templates;

/// <summary>The 202 answer to a template submission.</summary>
internal sealed record SubmitTemplateResponse(string JobId);
