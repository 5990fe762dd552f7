namespace Reconciler.Core.Templates;

/// <summary>A malformed placeholder, located by its 0-based offset in the content string.</summary>
/// <param name="Offset">0-based offset of the offending character within the content.</param>
/// <param name="Code">Stable diagnostic code (see <see cref="PlaceholderErrorCodes"/>).</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record PlaceholderSyntaxError(int Offset, string Code, string Message);
