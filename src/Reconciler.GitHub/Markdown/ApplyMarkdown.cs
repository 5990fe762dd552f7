using System.Globalization;
using System.Text;
using Reconciler.Engine.Apply;
using Reconciler.Engine.Planning;

namespace Reconciler.GitHub.Markdown;

/// <summary>Renders one <see cref="ApplyResult"/>: what was applied, what failed and why, cut to fit failures first.</summary>
internal sealed class ApplyMarkdown
{
    private readonly ApplyResult _result;
    private readonly MarkdownOptions _options;
    private readonly ReportTable _items;
    private readonly ReportTable _diagnostics;

    public ApplyMarkdown(ApplyResult result, MarkdownOptions options)
    {
        _result = result;
        _options = options;
        var links = new SourceLinks(options);
        _items = ItemsTable(result, links);
        _diagnostics = PlanMarkdown.DiagnosticsTable(result.Plan.Diagnostics, links);
    }

    public string Render()
    {
        var text = Compose(DetailLevel.TablesOnly, _ => true);
        if (ReportFitting.Bytes(text) <= _options.MaxLength)
        {
            return text;
        }

        var kept = ReportFitting.SelectRows([_items, _diagnostics], _options.MaxLength, keep => Compose(DetailLevel.TruncatedTables, keep));
        return ReportFitting.HardCut(Compose(DetailLevel.TruncatedTables, kept.Contains), _options.MaxLength);
    }

    private string Compose(DetailLevel level, Func<ReportTable.Row, bool> keep)
    {
        var text = new StringBuilder();
        if (_options.Marker is { } marker)
        {
            text.Append(marker).Append('\n');
        }

        var icon = _result.Succeeded ? "✅" : "❌";
        text.Append("### CXone apply\n\n").Append(icon).Append(' ').Append(MarkdownEscaper.Inline(_result.Line)).Append("\n\n");
        text.Append("Source: ").Append(MarkdownEscaper.Inline(_result.Plan.Source.Display))
            .Append(" · Target: ").Append(MarkdownEscaper.Inline(_result.Plan.Target, 200))
            .Append(CultureInfo.InvariantCulture, $" · Took {Seconds(_result.Duration)}\n\n");
        PlanMarkdown.AppendDegradedNotice(text, level, _options.FullReportUrl);
        if (_items.Count == 0)
        {
            text.Append("Nothing to apply: CXone already held everything the repository declares.\n\n");
        }

        _items.AppendTo(text, keep);
        _diagnostics.AppendTo(text, keep);
        return text.ToString();
    }

    private static ReportTable ItemsTable(ApplyResult result, SourceLinks links)
    {
        var table = new ReportTable("#### Changes", ["", "Status", "Kind", "Id", "Locale", "Version", "Time", "Message"], "changes");
        foreach (var item in result.Items)
        {
            var change = item.Change;
            table.Add(
                Priority(item.Status),
                Icon(item.Status),
                Name(item.Status),
                ChangeNames.Of(change.Kind),
                links.Link(MarkdownEscaper.Inline(change.Id, 200), change.SourcePath, change.SourceLine),
                MarkdownEscaper.Inline(change.Locale ?? "", 100),
                MarkdownEscaper.Inline(change.ToVersion ?? "—", 100),
                Seconds(item.Duration),
                MarkdownEscaper.Inline(item.Message, 1_000));
        }

        return table;
    }

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    private static int Priority(ApplyStatus status) => status switch
    {
        ApplyStatus.Failed => 0,
        ApplyStatus.NotAttempted => 1,
        ApplyStatus.Applied => 2,
        _ => 4,
    };

    private static string Icon(ApplyStatus status) => status switch
    {
        ApplyStatus.Applied => "✅",
        ApplyStatus.AlreadyApplied => "☑️",
        ApplyStatus.Failed => "❌",
        _ => "⏸️",
    };

    private static string Name(ApplyStatus status) => status switch
    {
        ApplyStatus.Applied => "applied",
        ApplyStatus.AlreadyApplied => "already present",
        ApplyStatus.Failed => "failed",
        _ => "not attempted",
    };
}
