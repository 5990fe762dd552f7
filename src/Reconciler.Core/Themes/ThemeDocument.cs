using Reconciler.Core.Versions;
using Reconciler.Core.Yaml;

namespace Reconciler.Core.Themes;

/// <summary>A widget theme file (<c>themes/*.yaml</c>) bound to the model.</summary>
public sealed class ThemeDocument
{
    /// <summary>Repository-relative path with <c>/</c> separators.</summary>
    public required string Path { get; init; }

    /// <summary>The file name without extension: how widgets name this theme.</summary>
    public required string Key { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>The version tag as written (<c>v1.2.0</c>).</summary>
    public required string VersionTag { get; init; }

    /// <summary>The parsed tag; null when invalid (a validation error).</summary>
    public VersionNumber? ParsedVersionTag { get; init; }

    /// <summary>Background colour <c>#RRGGBB</c>.</summary>
    public required string BackgroundColor { get; init; }

    /// <summary>Primary colour <c>#RRGGBB</c>.</summary>
    public required string PrimaryColor { get; init; }

    /// <summary>The body font.</summary>
    public required ThemeFont Font { get; init; }

    /// <summary>1–3 buttons.</summary>
    public required IReadOnlyList<ThemeButton> Buttons { get; init; }

    /// <summary>Corner radius in px (0–16).</summary>
    public required int BorderRadiusPx { get; init; }

    /// <summary>Maximum widget width in px (280–420).</summary>
    public required int MaxWidthPx { get; init; }

    /// <summary>Where the <c>versionTag</c> value is.</summary>
    public required SourcePosition VersionTagPosition { get; init; }

    /// <summary>The file's YAML tree, for rules that need the position of any node.</summary>
    public required YamlMapping Node { get; init; }
}
