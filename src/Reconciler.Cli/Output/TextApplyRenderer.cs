using Reconciler.Core.Diagnostics;
using Reconciler.Engine.Apply;
using Reconciler.Engine.Planning;

namespace Reconciler.Cli.Output;

/// <summary>The human apply report: one line per change with its outcome, then the one-line verdict.</summary>
internal static class TextApplyRenderer
{
    public static void Render(TextWriter output, ApplyResult result)
    {
        foreach (var item in result.Items)
        {
            output.WriteLine(PrintableText.OneLine($"  {Label(item.Status),-16} {item.Change.Address}  {item.Message}"));
        }

        if (result.Items.Count > 0)
        {
            output.WriteLine();
        }

        output.WriteLine(result.Line);
    }

    public static string Label(ApplyStatus status) => status switch
    {
        ApplyStatus.Applied => "applied",
        ApplyStatus.AlreadyApplied => "already present",
        ApplyStatus.Failed => "FAILED",
        _ => "not attempted",
    };
}
