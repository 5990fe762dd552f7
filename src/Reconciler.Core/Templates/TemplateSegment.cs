namespace Reconciler.Core.Templates;

/// <summary>One node of a parsed template: plain text or a placeholder.</summary>
public abstract record TemplateSegment(int Offset, int Length);

/// <summary>Plain text between placeholders.</summary>
public sealed record TextSegment(int Offset, string Text) : TemplateSegment(Offset, Text.Length);

/// <summary>A well-formed <c>{{identifier.path}}</c>; <see cref="Path"/> is the dotted path.</summary>
public sealed record PlaceholderSegment(int Offset, int Length, string Path) : TemplateSegment(Offset, Length)
{
    /// <summary>The path split at dots: <c>customer.name</c> → <c>customer</c>, <c>name</c>.</summary>
    public IReadOnlyList<string> Identifiers => Path.Split('.');
}
