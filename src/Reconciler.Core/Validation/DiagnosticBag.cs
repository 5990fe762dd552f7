using Reconciler.Core.Diagnostics;
using Reconciler.Core.Yaml;

namespace Reconciler.Core.Validation;

/// <summary>Collects the diagnostics of one rule run.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public void Error(string path, SourcePosition at, string code, string message) =>
        _items.Add(new Diagnostic(path, at.Line, at.Column, Severity.Error, code, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Warning(string path, SourcePosition at, string code, string message) =>
        _items.Add(new Diagnostic(path, at.Line, at.Column, Severity.Warning, code, message));
}
