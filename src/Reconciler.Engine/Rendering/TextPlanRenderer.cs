using Reconciler.Core.Diagnostics;
using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Rendering;

/// <summary>
/// The human plan: where it came from, a table of what will change (unchanged items counted, not
/// listed), conflicts and drift with their reasons, diagnostics, and the one summary line.
/// </summary>
public sealed class TextPlanRenderer : IPlanRenderer
{
    /// <inheritdoc/>
    public void Render(Plan plan, TextWriter output)
    {
        output.WriteLine($"Source: {plan.Source.Label}, {plan.Source.Display}");
        output.WriteLine($"Target: {plan.Target}");
        output.WriteLine();

        var visible = plan.Changes.Where(c => c.Action != ChangeAction.NoOp).ToList();
        if (visible.Count == 0)
        {
            output.WriteLine("No changes. CXone matches the repository.");
        }
        else
        {
            var table = new TextTable("ORDER", "ACTION", "KIND", "ID", "LOCALE", "FROM", "TO");
            foreach (var change in visible)
            {
                table.Add(
                    change.Order.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ChangeNames.Of(change.Action) + (plan.IsIntroducedByChange(change) ? "*" : ""),
                    ChangeNames.Of(change.Kind),
                    change.Id,
                    change.Locale,
                    change.FromVersion,
                    change.ToVersion);
            }

            table.WriteTo(output);
            if (plan.ChangedPaths is not null)
            {
                output.WriteLine("  (* declared in a file this change touches)");
            }
        }

        var explained = visible.Where(c => c.Reason is not null && c.Action is ChangeAction.Conflict or ChangeAction.Drift).ToList();
        if (explained.Count > 0)
        {
            output.WriteLine();
            foreach (var change in explained)
            {
                var where = change.SourcePath is null ? "" : $" ({change.SourcePath}{(change.SourceLine is int line ? ":" + line : "")})";
                output.WriteLine(PrintableText.OneLine($"{ChangeNames.Of(change.Action)} {change.Address}{where}: {change.Reason}"));
            }
        }

        if (plan.Diagnostics.Count > 0)
        {
            output.WriteLine();
            foreach (var diagnostic in plan.Diagnostics)
            {
                output.WriteLine(Format(diagnostic));
            }
        }

        output.WriteLine();
        output.WriteLine(plan.Summary.Line);
        if (plan.Errored)
        {
            output.WriteLine("Apply is blocked until the errors and conflicts above are fixed.");
        }
    }

    private static string Format(Diagnostic d) =>
        PrintableText.OneLine($"{d.File}:{d.Line}:{d.Column}: {(d.IsError ? "error" : "warning")} {d.Code}: {d.Message}");
}
