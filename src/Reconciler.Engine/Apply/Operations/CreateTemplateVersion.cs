using Reconciler.Cxone.Templates;
using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Apply.Operations;

/// <summary>Submit one template locale's new version; the applier confirms its job with the others of its wave.</summary>
public sealed record CreateTemplateVersion(TemplatePayload Payload) : ApplyOperation;
