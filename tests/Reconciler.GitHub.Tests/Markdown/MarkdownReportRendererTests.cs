using System.Text;
using System.Text.RegularExpressions;
using Reconciler.Engine.Apply;
using Reconciler.Engine.Planning;
using Reconciler.GitHub.Markdown;
using Reconciler.GitHub.Tests.Fakes;

namespace Reconciler.GitHub.Tests.Markdown;

public sealed class MarkdownReportRendererTests
{
    private const string Sha = "feedfacefeedfacefeedfacefeedfacefeedface";
    private static readonly MarkdownReportRenderer Renderer = new();
    private static readonly MarkdownOptions Linked = new() { Repository = "acme/content", CommitSha = Sha };

    [Fact]
    public void Render_PlanWithChanges_ShowsVerdictTableAndSummaryLine()
    {
        var plan = Plans.Of([
            Plans.Theme("dark", ChangeAction.Create),
            Plans.Template("tmpl_order", ChangeAction.Update),
            Plans.Template("tmpl_same", ChangeAction.NoOp, "v1", "v1"),
        ]);

        var text = Renderer.Render(plan, MarkdownOptions.Default);

        Assert.Contains("✅ **Ready to apply** on merge. Plan: 1 to create, 1 to update, 1 unchanged.", text, StringComparison.Ordinal);
        Assert.Contains("| ➕ | create | theme | dark |  | — → v1.0.0 | 0 |  |", text, StringComparison.Ordinal);
        Assert.Contains("| 🔄 | update | template | tmpl&#95;order | en-US | v1 → v2 | 1 |  |", text, StringComparison.Ordinal);
        Assert.Contains("<details><summary>1 unchanged</summary>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("| noop |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ErroredPlan_IsBlockedAndListsErrorsBeforeWarnings()
    {
        var plan = Plans.Of(
            [Plans.Template("t", ChangeAction.Conflict)],
            [Plans.Warning("a.yaml", "TPL011", "unused variable"), Plans.Error("z.yaml", "TPL010", "undeclared variable")]);

        var text = Renderer.Render(plan, MarkdownOptions.Default);

        Assert.Contains("❌ **Blocked:** 1 error and 1 conflict must be fixed before apply.", text, StringComparison.Ordinal);
        Assert.Contains("(1 warning)", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("TPL010", StringComparison.Ordinal) < text.IndexOf("TPL011", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_NothingToDo_SaysNoChanges()
    {
        var text = Renderer.Render(Plans.Of([Plans.Template("t", ChangeAction.NoOp, "v1", "v1")]), MarkdownOptions.Default);

        Assert.Contains("✅ **No changes.**", text, StringComparison.Ordinal);
        Assert.Contains("No changes: CXone already holds everything", text, StringComparison.Ordinal);
        Assert.DoesNotContain("#### Changes", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithRepositoryAndSha_LinksDiagnosticsToTheHeadCommitLine()
    {
        var plan = Plans.Of([], [Plans.Error("templates/a b.yaml", "TPL001", "bad placeholder", line: 7, column: 12)]);

        var text = Renderer.Render(plan, Linked with { PathPrefix = "cxone" });

        Assert.Contains($"[cxone/templates/a b.yaml:7:12](https://github.com/acme/content/blob/{Sha}/cxone/templates/a%20b.yaml#L7)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("acme/content)", Sha)]
    [InlineData("acme/content", "not-a-sha")]
    [InlineData(null, Sha)]
    public void Render_RepositoryOrShaNotWellFormed_WritesNoLinks(string? repository, string sha)
    {
        var plan = Plans.Of([], [Plans.Error("templates/a.yaml", "TPL001", "bad")]);

        var text = Renderer.Render(plan, new MarkdownOptions { Repository = repository, CommitSha = sha });

        Assert.DoesNotContain("](", text, StringComparison.Ordinal);
        Assert.Contains("templates/a.yaml:3:5", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileTemplateText_CannotInjectMarkdownHtmlMentionsOrASecondMarker()
    {
        const string Hostile = "<img src=x onerror=alert(1)> ](javascript:alert(1)) @everyone | col | ``` <!-- cxone-reconciler:report --> </details>";
        var change = Plans.Template("tmpl_x", ChangeAction.Update, comparison: new ContentComparison("live " + Hostile, "desired\n```\n" + Hostile)) with
        {
            Reason = Hostile,
            Id = "id" + Hostile,
        };
        var plan = Plans.Of(
            [change, Plans.Theme("t" + Hostile, ChangeAction.Create, "note " + Hostile)],
            [Plans.Error("templates/x" + Hostile + ".yaml", "TPL001" + Hostile, Hostile)]);

        var text = Renderer.Render(plan, Linked with { Marker = ReportMarkers.Plan });

        Assert.Equal(1, Regex.Count(text, Regex.Escape(ReportMarkers.Plan)));
        Assert.StartsWith(ReportMarkers.Plan, text, StringComparison.Ordinal);
        // The diff is fenced by a run longer than the template's triple backticks: inside it text is inert.
        var fenced = Regex.Match(text, "\n````diff\n.*?\n````\n", RegexOptions.Singleline);
        Assert.True(fenced.Success, text);
        Assert.Contains("<img src=x", fenced.Value, StringComparison.Ordinal);
        var rendered = text.Remove(fenced.Index, fenced.Length);
        Assert.DoesNotContain("<img", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("](javascript", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("```", rendered, StringComparison.Ordinal);
        Assert.Equal(Regex.Count(rendered, "<details>"), Regex.Count(rendered, "</details>"));
        // No cell was split by a pipe.
        Assert.DoesNotContain("| col |", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HugePlan_StaysUnderTheLimitKeepsErrorsFirstAndSaysWhereTheRestIs()
    {
        var changes = Enumerable.Range(0, 3_000).Select(i => Plans.Template(
            $"tmpl_{i:D5}", ChangeAction.Update, comparison: new ContentComparison($"old text {i}", $"new text {i}"))).ToList();
        var diagnostics = Enumerable.Range(0, 1_000).Select(i => Plans.Warning($"templates/w{i}.yaml", "TPL011", "unused variable " + i))
            .Append(Plans.Error("templates/zz_last.yaml", "TPL010", "the one error")).ToList();
        var plan = Plans.Of(changes, diagnostics);

        var text = Renderer.Render(plan, Linked with { MaxLength = 60_000, FullReportUrl = "https://github.com/acme/content/actions/runs/42" });

        Assert.InRange(Encoding.UTF8.GetByteCount(text), 10_000, 60_000);
        Assert.Contains("[this workflow run](https://github.com/acme/content/actions/runs/42)", text, StringComparison.Ordinal);
        Assert.Contains("the one error", text, StringComparison.Ordinal);
        Assert.Contains("more changes not shown here", text, StringComparison.Ordinal);
        Assert.Contains("more diagnostics not shown here", text, StringComparison.Ordinal);
        Assert.DoesNotContain("content diff", text, StringComparison.Ordinal);
        Assert.Contains("Plan: 0 to create, 3000 to update, 0 unchanged.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DiffsTooLong_DropsDiffsFirstAndKeepsNotes()
    {
        var big = string.Join('\n', Enumerable.Range(0, 400).Select(i => "line " + i));
        var plan = Plans.Of([
            Plans.Template("t", ChangeAction.Create, null, "v1", comparison: new ContentComparison(null, big)),
            Plans.Theme("dark", ChangeAction.Create, "Button text 7.2:1 (AA)"),
        ]);
        var full = Renderer.Render(plan, MarkdownOptions.Default);
        Assert.Contains("content diff", full, StringComparison.Ordinal);

        var text = Renderer.Render(plan, new MarkdownOptions { MaxLength = Encoding.UTF8.GetByteCount(full) - 100 });

        Assert.DoesNotContain("content diff", text, StringComparison.Ordinal);
        Assert.Contains("Button text 7.2:1 (AA)", text, StringComparison.Ordinal);
        Assert.Contains("Content diffs were left out", text, StringComparison.Ordinal);
        Assert.Contains("reconciler plan --output markdown", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NotesOfUnchangedItems_AreLeftOut()
    {
        var plan = Plans.Of([Plans.Theme("changed", ChangeAction.Create, "ratio 5.0:1"), Plans.Theme("same", ChangeAction.NoOp, "ratio 9.9:1")]);

        var text = Renderer.Render(plan, MarkdownOptions.Default);

        Assert.Contains("theme.changed: notes</summary>\n\n- ratio 5.0:1\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("9.9:1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithoutDetails_HasTablesOnly()
    {
        var plan = Plans.Of([Plans.Theme("dark", ChangeAction.Create, "ratio 5:1"), Plans.Template("t", ChangeAction.NoOp, "v1", "v1")]);

        var text = Renderer.Render(plan, new MarkdownOptions { IncludeDetails = false });

        Assert.DoesNotContain("<details>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[!NOTE]", text, StringComparison.Ordinal);
        Assert.Contains("| create | theme | dark |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PullRequestChangedPaths_MarksTheChangesItIntroduced()
    {
        var plan = Plans.Of(
            [Plans.Template("mine", ChangeAction.Update), Plans.Template("other", ChangeAction.Update)],
            changedPaths: new HashSet<string> { "templates/mine.yaml" });

        var text = Renderer.Render(plan, MarkdownOptions.Default);

        var mine = text.Split('\n').Single(l => l.Contains("| mine |", StringComparison.Ordinal));
        var other = text.Split('\n').Single(l => l.Contains("| other |", StringComparison.Ordinal));
        Assert.Contains("✏️ yes", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("✏️", other, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Diff_ShowsLiveAgainstDesired()
    {
        var plan = Plans.Of([Plans.Template("t", ChangeAction.Update, comparison: new ContentComparison("Hello {{a}}\nBye", "Hello {{b}}\nBye"))]);

        var text = Renderer.Render(plan, MarkdownOptions.Default);

        Assert.Contains("```diff\n--- live (CXone)\n+++ desired (repository)\n@@ -1,2 +1,2 @@\n-Hello {{a}}\n+Hello {{b}}\n Bye\n```", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TinyLimit_NeverExceedsIt()
    {
        var plan = Plans.Of([Plans.Template("t", ChangeAction.Update)], [Plans.Error("a.yaml", "X", new string('x', 5_000))]);

        var text = Renderer.Render(plan, new MarkdownOptions { MaxLength = 200 });

        Assert.True(Encoding.UTF8.GetByteCount(text) <= 200, text);
    }

    [Fact]
    public void Render_ApplyWithFailure_ShowsFailedVerdictAndFailuresFirstWhenCut()
    {
        var changes = Enumerable.Range(0, 2_000).Select(i => Plans.Template($"t{i:D4}", ChangeAction.Update)).ToList();
        var plan = Plans.Of(changes);
        var items = changes.Select((c, i) => (c, i == 1_999 ? ApplyStatus.Failed : ApplyStatus.Applied, i == 1_999 ? "CXone answered 400: bad <b>" : null)).ToArray();
        var result = Plans.Applied(plan, items);

        var text = Renderer.Render(result, Linked with { MaxLength = 20_000, Marker = ReportMarkers.Apply });

        Assert.StartsWith(ReportMarkers.Apply + "\n### CXone apply\n\n❌ Apply failed: 1999 applied", text, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(text) <= 20_000);
        Assert.Contains("| ❌ | failed | template |", text, StringComparison.Ordinal);
        Assert.Contains("CXone answered 400: bad &lt;b&gt;", text, StringComparison.Ordinal);
        Assert.Contains("more changes not shown here", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ApplySucceeded_ListsEveryItem()
    {
        var a = Plans.Template("a", ChangeAction.Create, null, "v1");
        var b = Plans.Theme("dark", ChangeAction.Create);
        var result = Plans.Applied(Plans.Of([a, b]), (a, ApplyStatus.Applied, null), (b, ApplyStatus.AlreadyApplied, "already live"));

        var text = Renderer.Render(result, MarkdownOptions.Default);

        Assert.Contains("✅ Apply complete: 1 applied, 1 already present.", text, StringComparison.Ordinal);
        Assert.Contains("| ✅ | applied | template | a | en-US | v1 | 1.5 s |  |", text, StringComparison.Ordinal);
        Assert.Contains("| ☑️ | already present | theme | dark |  | v1.0.0 | 1.5 s | already live |", text, StringComparison.Ordinal);
    }
}
