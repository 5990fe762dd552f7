using System.Globalization;
using System.Text;
using Reconciler.Core.Diagnostics;
using Reconciler.Engine.Planning;

namespace Reconciler.GitHub.Markdown;

/// <summary>Renders one <see cref="Plan"/> as the pull-request report, degrading detail until it fits.</summary>
internal sealed class PlanMarkdown
{
    /// <summary>Longest user-written text in one table cell, before escaping.</summary>
    private const int MaxCellChars = 1_000;

    /// <summary>Longest diff shown for one change; a larger one is cut with a note.</summary>
    private const int MaxDiffChars = 20_000;

    private readonly Plan _plan;
    private readonly MarkdownOptions _options;
    private readonly SourceLinks _links;
    private readonly ReportTable _changes;
    private readonly ReportTable _diagnostics;

    public PlanMarkdown(Plan plan, MarkdownOptions options)
    {
        _plan = plan;
        _options = options;
        _links = new SourceLinks(options);
        _changes = ChangesTable();
        _diagnostics = DiagnosticsTable(plan.Diagnostics, _links);
    }

    public string Render()
    {
        DetailLevel[] levels = _options.IncludeDetails
            ? [DetailLevel.Full, DetailLevel.WithoutDiffs, DetailLevel.TablesOnly]
            : [DetailLevel.TablesOnly];
        foreach (var level in levels)
        {
            var text = Compose(level, _ => true);
            if (ReportFitting.Bytes(text) <= _options.MaxLength)
            {
                return text;
            }
        }

        var kept = ReportFitting.SelectRows([_diagnostics, _changes], _options.MaxLength, keep => Compose(DetailLevel.TruncatedTables, keep));
        return ReportFitting.HardCut(Compose(DetailLevel.TruncatedTables, kept.Contains), _options.MaxLength);
    }

    private string Compose(DetailLevel level, Func<ReportTable.Row, bool> keep)
    {
        var text = new StringBuilder();
        if (_options.Marker is { } marker)
        {
            text.Append(marker).Append('\n');
        }

        text.Append("### CXone plan\n\n").Append(Verdict()).Append("\n\n");
        text.Append("Source: ").Append(MarkdownEscaper.Inline(_plan.Source.Label)).Append(" at ")
            .Append(MarkdownEscaper.Inline(_plan.Source.Display))
            .Append(" · Target: ").Append(MarkdownEscaper.Inline(_plan.Target, 200)).Append("\n\n");
        var requested = _options.IncludeDetails ? DetailLevel.Full : DetailLevel.TablesOnly;
        AppendDegradedNotice(text, level > requested ? level : DetailLevel.Full, _options.FullReportUrl);

        if (_changes.Count == 0)
        {
            text.Append("No changes: CXone already holds everything the repository declares.\n\n");
        }

        _changes.AppendTo(text, keep);
        _diagnostics.AppendTo(text, keep);
        if (level <= DetailLevel.WithoutDiffs)
        {
            AppendNotes(text);
            AppendUnchanged(text);
        }

        if (level == DetailLevel.Full)
        {
            AppendDiffs(text);
        }

        return text.ToString();
    }

    private string Verdict()
    {
        var summary = _plan.Summary;
        var counts = new List<string>();
        if (summary.Errors > 0)
        {
            counts.Add(Count(summary.Errors, "error"));
        }

        if (summary.Conflicts > 0)
        {
            counts.Add(Count(summary.Conflicts, "conflict"));
        }

        var warnings = summary.Warnings > 0 ? $" ({Count(summary.Warnings, "warning")})" : "";
        if (_plan.Errored)
        {
            return $"❌ **Blocked:** {string.Join(" and ", counts)} must be fixed before apply. {summary.Line}{warnings}";
        }

        return summary.HasChanges
            ? $"✅ **Ready to apply** on merge. {summary.Line}{warnings}"
            : $"✅ **No changes.** {summary.Line}{warnings}";
    }

    internal static void AppendDegradedNotice(StringBuilder text, DetailLevel level, string? fullReportUrl)
    {
        var dropped = level switch
        {
            DetailLevel.WithoutDiffs => "Content diffs were left out",
            DetailLevel.TablesOnly => "Content diffs and notes were left out",
            DetailLevel.TruncatedTables => "Details were left out and the tables cut (errors first)",
            _ => null,
        };
        if (dropped is null)
        {
            return;
        }

        var pointer = fullReportUrl is not null && Uri.TryCreate(fullReportUrl, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps
            ? $"Full report in the job summary of [this workflow run]({url.AbsoluteUri})."
            : "Run `reconciler plan --output markdown` for the full report.";
        text.Append("> [!NOTE]\n> ").Append(dropped).Append(" to stay within GitHub's size limit. ").Append(pointer).Append("\n\n");
    }

    private ReportTable ChangesTable()
    {
        var inPr = _plan.ChangedPaths is not null;
        string[] columns = inPr
            ? ["", "Action", "Kind", "Id", "Locale", "Version", "Order", "In this PR", "Why"]
            : ["", "Action", "Kind", "Id", "Locale", "Version", "Order", "Why"];
        var table = new ReportTable("#### Changes", columns, "changes");
        foreach (var change in _plan.Changes.Where(c => c.Action != ChangeAction.NoOp))
        {
            var id = _links.Link(MarkdownEscaper.Inline(change.Id, 200), change.SourcePath, change.SourceLine);
            var version = $"{MarkdownEscaper.Inline(change.FromVersion ?? "—", 100)} → {MarkdownEscaper.Inline(change.ToVersion ?? "—", 100)}";
            var cells = new List<string>
            {
                Icon(change.Action), ChangeNames.Of(change.Action), ChangeNames.Of(change.Kind), id,
                MarkdownEscaper.Inline(change.Locale ?? "", 100), version, change.Order.ToString(CultureInfo.InvariantCulture),
            };
            if (inPr)
            {
                cells.Add(_plan.IsIntroducedByChange(change) ? "✏️ yes" : "");
            }

            cells.Add(MarkdownEscaper.Inline(change.Reason, MaxCellChars));
            table.Add(Priority(change.Action), [.. cells]);
        }

        return table;
    }

    internal static ReportTable DiagnosticsTable(IEnumerable<Diagnostic> diagnostics, SourceLinks links)
    {
        var table = new ReportTable("#### Diagnostics", ["", "Location", "Code", "Message"], "diagnostics");
        var ordered = diagnostics.OrderByDescending(d => d.IsError).ThenBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line).ThenBy(d => d.Column);
        foreach (var d in ordered)
        {
            table.Add(
                d.IsError ? 0 : 3,
                d.IsError ? "❌ error" : "⚠️ warning",
                links.Location(d.File, d.Line, d.Column),
                MarkdownEscaper.Inline(d.Code, 40),
                MarkdownEscaper.Inline(d.Message, MaxCellChars));
        }

        return table;
    }

    private void AppendNotes(StringBuilder text)
    {
        // Notes of unchanged items are noise for reviewers: only what this plan changes.
        foreach (var change in _plan.Changes.Where(c => c.Action != ChangeAction.NoOp && c.Notes.Count > 0))
        {
            text.Append("<details><summary>").Append(MarkdownEscaper.Inline(change.Address, 300)).Append(": notes</summary>\n\n");
            foreach (var note in change.Notes)
            {
                text.Append("- ").Append(MarkdownEscaper.Inline(note, MaxCellChars)).Append('\n');
            }

            text.Append("\n</details>\n\n");
        }
    }

    private void AppendUnchanged(StringBuilder text)
    {
        var unchanged = _plan.Changes.Where(c => c.Action == ChangeAction.NoOp).ToList();
        if (unchanged.Count == 0)
        {
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"<details><summary>{unchanged.Count} unchanged</summary>\n\n");
        foreach (var change in unchanged)
        {
            text.Append("- ").Append(MarkdownEscaper.Inline(change.Address, 300))
                .Append(' ').Append(MarkdownEscaper.Inline(change.ToVersion ?? "", 100)).Append('\n');
        }

        text.Append("\n</details>\n\n");
    }

    private void AppendDiffs(StringBuilder text)
    {
        foreach (var change in _plan.Changes.Where(c => c.Action != ChangeAction.NoOp && c.Comparison is not null))
        {
            var diff = UnifiedDiff.Create(change.Comparison!.Live, change.Comparison.Desired);
            if (diff.Length == 0)
            {
                continue;
            }

            if (diff.Length > MaxDiffChars)
            {
                var cut = diff.LastIndexOf('\n', MaxDiffChars);
                diff = diff[..Math.Max(0, cut + 1)] + "… diff cut here (too long for the report)\n";
            }

            text.Append("<details><summary>").Append(MarkdownEscaper.Inline(change.Address, 300))
                .Append(": content diff</summary>\n\n").Append(CodeFence.Wrap(diff, "diff")).Append("\n\n</details>\n\n");
        }
    }

    // Kept first when tables are cut: conflicts, then what apply will send, then drift.
    private static int Priority(ChangeAction action) => action switch
    {
        ChangeAction.Conflict => 1,
        ChangeAction.Create or ChangeAction.Update => 2,
        _ => 4,
    };

    private static string Icon(ChangeAction action) => action switch
    {
        ChangeAction.Create => "➕",
        ChangeAction.Update => "🔄",
        ChangeAction.Conflict => "⛔",
        ChangeAction.Drift => "↔️",
        _ => "",
    };

    private static string Count(int n, string noun) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");
}
