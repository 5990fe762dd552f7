using System.Text.RegularExpressions;

namespace Reconciler.Engine.Export;

/// <summary>Where and what to export.</summary>
/// <param name="OutputFolder">The content repository to write (created when missing).</param>
/// <param name="Kinds">Which kinds to write.</param>
/// <param name="Filter">Only ids (template ids, theme keys, widget ids) this matches; null for all.</param>
public sealed record ExportOptions(string OutputFolder, IReadOnlySet<ExportKind> Kinds, Regex? Filter)
{
    public bool Includes(ExportKind kind, string id) => Kinds.Contains(kind) && (Filter is null || Filter.IsMatch(id));
}
