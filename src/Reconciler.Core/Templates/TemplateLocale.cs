using Reconciler.Core.Yaml;

namespace Reconciler.Core.Templates;

/// <summary>The content of a template in one locale; each is one CXone payload.</summary>
/// <param name="Tag">BCP 47 tag as written (<c>en-US</c>).</param>
/// <param name="Position">Where the locale's key is written.</param>
/// <param name="Blocks">The content blocks in order.</param>
public sealed record TemplateLocale(string Tag, SourcePosition Position, IReadOnlyList<ContentBlock> Blocks);
