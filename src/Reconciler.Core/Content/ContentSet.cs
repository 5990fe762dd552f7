using Reconciler.Core.Diagnostics;
using Reconciler.Core.Settings;
using Reconciler.Core.Templates;
using Reconciler.Core.Themes;
using Reconciler.Core.Widgets;

namespace Reconciler.Core.Content;

/// <summary>
/// Everything loaded from a content repository. Documents that failed to read or to match their
/// schema's structure are absent from the lists; their problems are in <see cref="Diagnostics"/>.
/// </summary>
public sealed class ContentSet
{
    /// <summary>Where the content came from, for people.</summary>
    public required string SourceDescription { get; init; }

    /// <summary><c>reconciler.yaml</c>, or the defaults.</summary>
    public required ReconcilerSettings Settings { get; init; }

    /// <summary>Repository-relative path of the settings file, or null when there is none.</summary>
    public string? SettingsPath { get; init; }

    /// <summary>The YAML tree of the settings file, when it exists and is structurally valid.</summary>
    public Yaml.YamlMapping? SettingsNode { get; init; }

    /// <summary>Templates, in path order.</summary>
    public required IReadOnlyList<TemplateDocument> Templates { get; init; }

    /// <summary>Themes, in path order.</summary>
    public required IReadOnlyList<ThemeDocument> Themes { get; init; }

    /// <summary>Widgets, in path order.</summary>
    public required IReadOnlyList<WidgetDocument> Widgets { get; init; }

    /// <summary>
    /// The key of every theme file present, loaded or not, so a widget naming a theme whose file
    /// is broken is not also told the theme does not exist.
    /// </summary>
    public required IReadOnlySet<string> ThemeKeys { get; init; }

    /// <summary>Every repository-relative path read, in order.</summary>
    public required IReadOnlyList<string> Files { get; init; }

    /// <summary>Problems found while loading (encoding, YAML, schema, layout).</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>
    /// What the per-template rules found. The loader runs them while it has each template's YAML
    /// tree (see <see cref="TemplateDocument.Node"/>); the validator adds them to its report.
    /// </summary>
    public IReadOnlyList<Diagnostic> TemplateFindings { get; init; } = [];
}
