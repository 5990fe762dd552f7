using Reconciler.Core.Yaml;

namespace Reconciler.Core.Widgets;

/// <summary>A widget file (<c>widgets/*.yaml</c>) bound to the model.</summary>
public sealed class WidgetDocument
{
    /// <summary>Repository-relative path with <c>/</c> separators.</summary>
    public required string Path { get; init; }

    /// <summary>The CXone widget id (<c>w-123456</c>).</summary>
    public required string WidgetId { get; init; }

    /// <summary>The theme assignments; strategy is always <c>weighted_random</c>.</summary>
    public required IReadOnlyList<WidgetAssignment> Assignments { get; init; }

    /// <summary>Where the <c>widgetId</c> value is.</summary>
    public required SourcePosition WidgetIdPosition { get; init; }

    /// <summary>The file's YAML tree.</summary>
    public required YamlMapping Node { get; init; }
}
