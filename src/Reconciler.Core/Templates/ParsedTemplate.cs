namespace Reconciler.Core.Templates;

/// <summary>The syntax tree of one content string, and the syntax errors found in it.</summary>
public sealed record ParsedTemplate(IReadOnlyList<TemplateSegment> Segments, IReadOnlyList<PlaceholderSyntaxError> Errors)
{
    /// <summary>True when the content has no syntax error.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>The well-formed placeholders, in order of appearance.</summary>
    public IEnumerable<PlaceholderSegment> Placeholders => Segments.OfType<PlaceholderSegment>();
}
