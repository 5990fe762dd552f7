using Reconciler.Core.Diagnostics;

namespace Reconciler.Core.Yaml;

/// <summary>What reading one YAML file produced: the root mapping, or diagnostics saying why not.</summary>
/// <param name="Root">The document's root mapping; null when the file could not be read as one.</param>
/// <param name="Diagnostics">Problems found while reading; any error means <paramref name="Root"/> is null.</param>
public sealed record YamlReadResult(YamlMapping? Root, IReadOnlyList<Diagnostic> Diagnostics);
