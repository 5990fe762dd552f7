using Reconciler.Core.Yaml;

namespace Reconciler.Core.Schemas;

/// <summary>One schema error, described for people and located in the YAML.</summary>
internal sealed record SchemaFinding(SourcePosition Position, string Code, string Message, bool IsStructural);
