using Reconciler.Core.Diagnostics;
using Reconciler.Engine.Planning;
using Reconciler.Engine.Rendering;
using Reconciler.Engine.Tests.Planning;

namespace Reconciler.Engine.Tests.Rendering;

public sealed class TextPlanRendererTests
{
    private static readonly PlannedChange Create = new() { Kind = ChangeKind.Template, Id = "tmpl_a", Locale = "en-US", Action = ChangeAction.Create, ToVersion = "v1", Order = 1, SourcePath = "templates/a.yaml" };

    [Fact]
    public void Render_Changes_TableRowsAndSummaryLine()
    {
        var plan = Plan(Create, Create with { Id = "tmpl_b", Action = ChangeAction.Update, FromVersion = "v1", ToVersion = "v2" }, Create with { Id = "tmpl_c", Action = ChangeAction.NoOp });

        var text = Render(plan);

        Assert.Contains("create  template  tmpl_a  en-US   -     v1", text, StringComparison.Ordinal);
        Assert.Contains("update  template  tmpl_b  en-US   v1    v2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tmpl_c", text, StringComparison.Ordinal);
        Assert.EndsWith("Plan: 1 to create, 1 to update, 1 unchanged." + Environment.NewLine, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoChanges_SaysSo()
    {
        var text = Render(Plan(Create with { Action = ChangeAction.NoOp }));

        Assert.Contains("No changes. CXone matches the repository.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ConflictAndDiagnostics_ExplainedWithLocationAndBlockingNote()
    {
        var conflict = Create with { Action = ChangeAction.Conflict, Reason = "Bump version to v2.", SourceLine = 3 };
        var plan = Plan(conflict) with { Diagnostics = [new Diagnostic("themes/x.yaml", 4, 7, Severity.Warning, "THM010", "Low contrast.")] };

        var text = Render(plan);

        Assert.Contains("conflict template.tmpl_a.en-US (templates/a.yaml:3): Bump version to v2.", text, StringComparison.Ordinal);
        Assert.Contains("themes/x.yaml:4:7: warning THM010: Low contrast.", text, StringComparison.Ordinal);
        Assert.Contains("Apply is blocked", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ControlCharactersInIds_CannotBreakTheTable()
    {
        var text = Render(Plan(Create with { Id = "evil\u001b[2J\nid" }));

        Assert.DoesNotContain("\u001b", text, StringComparison.Ordinal);
        Assert.Contains("evil [2J id", text, StringComparison.Ordinal);
    }

    private static Plan Plan(params PlannedChange[] changes) => new()
    {
        Changes = changes,
        Diagnostics = [],
        Source = PlanFixtures.Context.Source,
        Target = "test",
    };

    private static string Render(Plan plan)
    {
        using var writer = new StringWriter();
        new TextPlanRenderer().Render(plan, writer);
        return writer.ToString();
    }
}
