namespace Reconciler.Core.Yaml;

/// <summary>The JSON type a YAML scalar resolves to under the YAML 1.2 core schema.</summary>
public enum YamlScalarType
{
    /// <summary>Quoted, block, or plain text that is nothing else.</summary>
    String,

    /// <summary>A plain integer such as <c>14</c>, <c>-3</c>, <c>0x1F</c>.</summary>
    Integer,

    /// <summary>A plain decimal such as <c>0.7</c> or <c>1e3</c>.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary><c>null</c>, <c>~</c> or nothing at all.</summary>
    Null,
}
