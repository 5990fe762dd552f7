using Reconciler.Cxone.Templates;
using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Apply.Operations;

/// <summary>Submit one template locale's new version and wait for its job.</summary>
public sealed record CreateTemplateVersion(TemplatePayload Payload) : ApplyOperation;
