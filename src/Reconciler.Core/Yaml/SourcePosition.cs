namespace Reconciler.Core.Yaml;

/// <summary>A 1-based line and column in a source file; columns count Unicode code points.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public readonly record struct SourcePosition(int Line, int Column)
{
    /// <summary>The first character of a file, used when nothing more precise is known.</summary>
    public static SourcePosition Start { get; } = new(1, 1);
}
