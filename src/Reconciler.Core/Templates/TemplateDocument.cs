using Reconciler.Core.Versions;
using Reconciler.Core.Yaml;

namespace Reconciler.Core.Templates;

/// <summary>A message template file (<c>templates/*.yaml</c>) bound to the model.</summary>
public sealed class TemplateDocument
{
    /// <summary>Repository-relative path with <c>/</c> separators.</summary>
    public required string Path { get; init; }

    /// <summary>The stable template id.</summary>
    public required string TemplateId { get; init; }

    /// <summary>The version as written (<c>v2.4</c>).</summary>
    public required string Version { get; init; }

    /// <summary>The parsed version; null when <see cref="Version"/> is invalid (a validation error).</summary>
    public VersionNumber? ParsedVersion { get; init; }

    /// <summary>Channels the template is published to, in file order.</summary>
    public required IReadOnlyList<string> Channels { get; init; }

    /// <summary>The locale every other locale is compared with.</summary>
    public required string DefaultLocale { get; init; }

    /// <summary>Declared variables (dotted paths), in file order.</summary>
    public required IReadOnlyList<string> Variables { get; init; }

    /// <summary>Locales in file order.</summary>
    public required IReadOnlyList<TemplateLocale> Locales { get; init; }

    /// <summary>Where the <c>templateId</c> value is.</summary>
    public required SourcePosition TemplateIdPosition { get; init; }

    /// <summary>Where the <c>version</c> value is: the place for immutability diagnostics.</summary>
    public required SourcePosition VersionPosition { get; init; }

    /// <summary>
    /// The file's YAML tree, for rules that need the position of any other node. The loader runs
    /// those rules while it reads the file and then releases the tree (null here): a repository of
    /// thousands of templates would otherwise keep every tree, which nothing reads again and which
    /// the garbage collector would copy from generation to generation.
    /// </summary>
    public YamlMapping? Node { get; init; }

    /// <summary>The tree, for the template rules, which run before the loader releases it.</summary>
    internal YamlMapping Tree => Node
        ?? throw new InvalidOperationException($"The YAML tree of {Path} was already released; template rules run while the loader reads the file.");

    /// <summary>This document without its YAML tree, nor its blocks' content scalars (which hold the file's text).</summary>
    internal TemplateDocument WithoutTree() => new()
    {
        Path = Path,
        TemplateId = TemplateId,
        Version = Version,
        ParsedVersion = ParsedVersion,
        Channels = Channels,
        DefaultLocale = DefaultLocale,
        Variables = Variables,
        Locales = Locales.Select(l => l with { Blocks = l.Blocks.Select(b => b with { ContentNode = null }).ToList() }).ToList(),
        TemplateIdPosition = TemplateIdPosition,
        VersionPosition = VersionPosition,
    };
}
