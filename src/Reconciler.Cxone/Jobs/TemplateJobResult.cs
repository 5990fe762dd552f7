using Reconciler.Cxone.Templates;

namespace Reconciler.Cxone.Jobs;

/// <summary>How one pending template job ended: an outcome, or the error that kept it from being confirmed.</summary>
/// <param name="Job">The job.</param>
/// <param name="Outcome"><see cref="TemplateVersionOutcome.Created"/> or <see cref="TemplateVersionOutcome.Failed"/>; null when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the job's end could not be learned (a poll failed, or the deadline passed); the version may still land.</param>
public sealed record TemplateJobResult(PendingTemplateJob Job, TemplateVersionOutcome? Outcome, CxoneApiException? Error);
