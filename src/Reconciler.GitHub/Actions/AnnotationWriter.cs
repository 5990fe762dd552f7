using System.Globalization;
using System.Text;
using Reconciler.Core.Diagnostics;

namespace Reconciler.GitHub.Actions;

/// <summary>
/// Writes <c>::error</c>/<c>::warning</c> workflow commands within GitHub's caps: a step shows at
/// most 10 annotations of each kind, so writing more only hides them. Beyond the cap one
/// <c>::notice</c> says how many were left out and where to see them all.
/// </summary>
internal sealed class AnnotationWriter(TextWriter output)
{
    /// <summary>GitHub shows at most this many error, and this many warning, annotations per step.</summary>
    public const int MaxPerKind = 10;

    /// <summary>Writes the annotations, errors first; returns how many were written (not counting the notice).</summary>
    public int Write(IEnumerable<Annotation> annotations)
    {
        var all = annotations.OrderByDescending(a => a.Severity == Severity.Error).ToList();
        var written = 0;
        var omitted = 0;
        foreach (var group in all.GroupBy(a => a.Severity))
        {
            foreach (var annotation in group.Take(MaxPerKind))
            {
                output.WriteLine(Format(annotation));
                written++;
            }

            omitted += Math.Max(0, group.Count() - MaxPerKind);
        }

        if (omitted > 0)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"::notice title=More findings::{omitted} more finding(s) are not annotated: GitHub shows {MaxPerKind} errors and {MaxPerKind} warnings per step. See them all in the job summary, or run 'reconciler validate --output sarif' and upload the file to code scanning."));
        }

        output.Flush();
        return written;
    }

    internal static string Format(Annotation annotation)
    {
        var command = new StringBuilder("::").Append(annotation.Severity == Severity.Error ? "error" : "warning");
        var properties = new List<string>();
        if (annotation.File is { Length: > 0 } file)
        {
            properties.Add("file=" + WorkflowCommands.EscapeProperty(file));
            if (annotation.Line is > 0)
            {
                properties.Add(string.Create(CultureInfo.InvariantCulture, $"line={annotation.Line}"));
                if (annotation.Column is > 0)
                {
                    properties.Add(string.Create(CultureInfo.InvariantCulture, $"col={annotation.Column}"));
                }
            }
        }

        properties.Add("title=" + WorkflowCommands.EscapeProperty(annotation.Title));
        command.Append(' ').Append(string.Join(',', properties));
        return command.Append("::").Append(WorkflowCommands.EscapeData(annotation.Message)).ToString();
    }
}
