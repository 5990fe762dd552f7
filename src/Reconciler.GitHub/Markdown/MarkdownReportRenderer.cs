using System.Diagnostics.CodeAnalysis;
using Reconciler.Engine.Apply;
using Reconciler.Engine.Planning;

namespace Reconciler.GitHub.Markdown;

/// <summary>
/// The Markdown report of a plan or an apply: the pull-request comment, the job summary and
/// <c>--output markdown</c>. Everything user-written is escaped; the report never exceeds
/// <see cref="MarkdownOptions.MaxLength"/> and says what it left out.
/// </summary>
[SuppressMessage("Performance", "CA1822", Justification = "An instance, like the other renderers, so the CLI can pick one by --output.")]
public sealed class MarkdownReportRenderer
{
    /// <summary>Renders the plan: one-line verdict, changes table, diagnostics with file links, then details.</summary>
    public string Render(Plan plan, MarkdownOptions options)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        return new PlanMarkdown(plan, options).Render();
    }

    /// <summary>Renders the outcome of apply: verdict, each change's status (failures first when cut) and diagnostics.</summary>
    public string Render(ApplyResult result, MarkdownOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        return new ApplyMarkdown(result, options).Render();
    }
}
