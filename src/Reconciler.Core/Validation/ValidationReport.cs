using Reconciler.Core.Content;
using Reconciler.Core.Diagnostics;

namespace Reconciler.Core.Validation;

/// <summary>The loaded content and every diagnostic about it, sorted by file, line and column.</summary>
/// <param name="Content">What was loaded.</param>
/// <param name="Diagnostics">Load-time and rule diagnostics together.</param>
public sealed record ValidationReport(ContentSet Content, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    /// <summary>Number of warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    /// <summary>True when nothing blocks apply (warnings allowed).</summary>
    public bool IsValid => ErrorCount == 0;
}
