namespace Reconciler.Core.Schemas;

/// <summary>The kinds of file in a content repository, each with its JSON Schema.</summary>
public enum ContentKind
{
    /// <summary><c>reconciler.yaml</c>.</summary>
    Settings,

    /// <summary><c>templates/*.yaml</c>.</summary>
    Template,

    /// <summary><c>themes/*.yaml</c>.</summary>
    Theme,

    /// <summary><c>widgets/*.yaml</c>.</summary>
    Widget,
}
