namespace Reconciler.Core.Diagnostics;

/// <summary>How serious a diagnostic is. Errors block <c>apply</c>; warnings do not.</summary>
public enum Severity
{
    /// <summary>Allowed, but worth a look.</summary>
    Warning,

    /// <summary>Blocks apply until fixed.</summary>
    Error,
}
