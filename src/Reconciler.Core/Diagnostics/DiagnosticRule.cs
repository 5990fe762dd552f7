namespace Reconciler.Core.Diagnostics;

/// <summary>The description of one diagnostic code, for the README table and SARIF rule metadata.</summary>
/// <param name="Code">The stable code, e.g. <c>TPL010</c>.</param>
/// <param name="Name">A PascalCase name, e.g. <c>UndeclaredVariable</c>.</param>
/// <param name="Severity">The severity the code is reported with.</param>
/// <param name="Summary">One sentence: what the code means.</param>
/// <param name="Fix">How to fix it, in general (each message says it for its own case).</param>
public sealed record DiagnosticRule(string Code, string Name, Severity Severity, string Summary, string Fix);
