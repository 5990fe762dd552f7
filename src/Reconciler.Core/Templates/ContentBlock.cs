using Reconciler.Core.Yaml;

namespace Reconciler.Core.Templates;

/// <summary>One content block of a template locale.</summary>
/// <param name="Id">Block id, the same in every locale (<c>msg_01</c>).</param>
/// <param name="Type">Block kind: text, header, footer or button.</param>
/// <param name="Content">The text with <c>{{variable.path}}</c> placeholders.</param>
/// <param name="Position">Where the block's mapping starts.</param>
/// <param name="ContentNode">The <c>content</c> scalar, to locate offsets inside it; null once the loader has run the template rules (see <see cref="TemplateDocument.Node"/>).</param>
public sealed record ContentBlock(string Id, string Type, string Content, SourcePosition Position, YamlScalar? ContentNode)
{
    /// <summary>Where the block's <c>id</c> value is; defaults to <see cref="Position"/>.</summary>
    public SourcePosition IdPosition { get; init; } = Position;

    /// <summary>Where the <c>content</c> value starts (its quote or block indicator); the block's start once the scalar is released.</summary>
    public SourcePosition ContentStart => ContentNode?.Start ?? Position;

    /// <summary>The file position of character <paramref name="offset"/> of <see cref="Content"/>; the block's start once the scalar is released.</summary>
    public SourcePosition ContentPositionOf(int offset) => ContentNode?.PositionOf(offset) ?? Position;
}
