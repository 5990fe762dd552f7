using Reconciler.Cxone.Templates;

namespace Reconciler.Cxone.Jobs;

/// <summary>A submitted template version whose job has not been seen to finish.</summary>
/// <param name="Payload">What was submitted.</param>
/// <param name="JobId">The job CXone answered with.</param>
/// <param name="SubmittedAt">When it was submitted (the client's <see cref="TimeProvider"/>), which starts its deadline.</param>
public sealed record PendingTemplateJob(TemplatePayload Payload, string JobId, DateTimeOffset SubmittedAt);
