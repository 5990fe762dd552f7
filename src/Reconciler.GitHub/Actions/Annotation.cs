using Reconciler.Core.Diagnostics;

namespace Reconciler.GitHub.Actions;

/// <summary>One workflow annotation: shown on the file line in the pull request's diff and in the run.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="File">Path relative to the git repository root, or null for none.</param>
/// <param name="Line">1-based line, or null.</param>
/// <param name="Column">1-based column, or null.</param>
/// <param name="Title">Short title (the diagnostic code).</param>
/// <param name="Message">What is wrong and how to fix it.</param>
internal sealed record Annotation(Severity Severity, string? File, int? Line, int? Column, string Title, string Message);
