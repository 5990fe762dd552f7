using Reconciler.Core.Diagnostics;

namespace Reconciler.Core.Schemas;

/// <summary>The schema's findings on one document.</summary>
/// <param name="Diagnostics">Every finding, in document order.</param>
/// <param name="IsStructurallyValid">
/// False when a key is unknown or missing or a value has the wrong type: then the document cannot
/// be bound to the model and semantic rules must not run on it.
/// </param>
public sealed record SchemaCheckResult(IReadOnlyList<Diagnostic> Diagnostics, bool IsStructurallyValid);
