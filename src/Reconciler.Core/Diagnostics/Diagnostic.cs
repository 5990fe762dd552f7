namespace Reconciler.Core.Diagnostics;

/// <summary>
/// One finding about the content repository: where it is, how serious, a stable code and a
/// message that says how to fix it. Validators return these; they never throw them.
/// </summary>
/// <param name="File">Path relative to the repository root, with <c>/</c> separators.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">Stable code such as <c>TPL001</c>; see the README's table.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record Diagnostic(string File, int Line, int Column, Severity Severity, string Code, string Message)
{
    private readonly string _message = PrintableText.OneLine(Message);

    /// <summary>
    /// What is wrong and how to fix it, always one printable line: messages quote content, and
    /// content must not break a line of any output (see <see cref="PrintableText"/>).
    /// </summary>
    public string Message
    {
        get => _message;
        init => _message = PrintableText.OneLine(value);
    }

    /// <summary>True when this diagnostic blocks apply.</summary>
    public bool IsError => Severity == Severity.Error;
}
