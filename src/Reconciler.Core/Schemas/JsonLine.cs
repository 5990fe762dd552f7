using Reconciler.Core.Yaml;

namespace Reconciler.Core.Schemas;

/// <summary>What one line of the generated JSON text came from: a mapping key and/or a value.</summary>
internal readonly record struct JsonLine(YamlScalar? Key, YamlNode? Value);
