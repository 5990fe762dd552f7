using Reconciler.Cxone.Templates;
using Reconciler.Engine.Apply.Operations;
using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Tests.Planning;

public sealed class PlannerTests
{
    private const string OrderShipped = "templates/tmpl_order_shipped.yaml";

    [Fact]
    public void Create_EmptyTenant_EverythingIsCreateInDependencyWaves()
    {
        var plan = PlanFixtures.PlanOf(PlanFixtures.Example(), PlanFixtures.EmptyLive);

        Assert.False(plan.Errored);
        Assert.All(plan.Changes, c => Assert.Equal(ChangeAction.Create, c.Action));
        Assert.All(plan.Changes.Where(c => c.Kind is ChangeKind.Template or ChangeKind.Theme), c => Assert.Equal(PlanWaves.TemplatesAndThemes, c.Order));
        Assert.All(plan.Changes.Where(c => c.Kind == ChangeKind.Assignment), c => Assert.Equal(PlanWaves.Assignments, c.Order));
        Assert.All(plan.Changes.Where(c => c.Kind == ChangeKind.BatchSync), c => Assert.Equal(PlanWaves.BatchSyncs, c.Order));
        Assert.Equal(plan.Changes.OrderBy(c => c.Order).ThenBy(c => c.Address, StringComparer.Ordinal), plan.Changes);
    }

    [Fact]
    public void Create_MixedCaseDigitAndUnderscoreIds_SortedOrdinallyAndDuplicatesKeepFileOrder()
    {
        var source = PlanFixtures.Example();
        var template = Read(OrderShipped);
        foreach (var (file, id) in new[] { ("t1", "tmpl_a_z"), ("t2", "tmpl_a1"), ("t3", "tmpl_B"), ("t4", "tmpl_b"), ("t5", "tmpl_a1"), ("t6", "tmpl_aa") })
        {
            source.With($"templates/{file}.yaml", template.Replace("templateId: tmpl_order_shipped", $"templateId: {id}", StringComparison.Ordinal));
        }

        var plan = PlanFixtures.PlanOf(source, PlanFixtures.EmptyLive);

        Assert.Equal(plan.Changes.OrderBy(c => c.Order).ThenBy(c => c.Address, StringComparer.Ordinal), plan.Changes);
        var ids = plan.Changes.Where(c => c.Kind == ChangeKind.Template && c.Locale == "en-US").Select(c => c.Id).ToList();
        Assert.Equal(["tmpl_B", "tmpl_a1", "tmpl_a1", "tmpl_a_z", "tmpl_aa", "tmpl_b"], ids.Where(i => i.Length <= 8).ToList());

        // The two files declaring tmpl_a1 come out in file order, whichever run it is.
        var duplicates = plan.Changes.Where(c => c.Id == "tmpl_a1" && c.Locale == "en-US").Select(c => c.SourcePath);
        Assert.Equal(["templates/t2.yaml", "templates/t5.yaml"], duplicates);
    }

    [Fact]
    public void Create_PayloadMetadata_CarriesCommitPathHashAndActor()
    {
        var plan = PlanFixtures.PlanOf(PlanFixtures.Example(), PlanFixtures.EmptyLive);

        var payload = plan.Changes.Select(c => c.Operation).OfType<CreateTemplateVersion>().First(o => o.Payload.TemplateId == "tmpl_order_shipped").Payload;
        Assert.Equal(PlanFixtures.Context.Source.Commit, payload.Metadata!.SourceCommit);
        Assert.Equal(OrderShipped, payload.Metadata.SourcePath);
        Assert.Equal("tester", payload.Metadata.CreatedBy);
        Assert.Matches("^[0-9a-f]{64}$", payload.Metadata.ContentHash!);
    }

    [Fact]
    public void Create_PublishedThemeMetadata_CarriesCommitPathHashAndActor()
    {
        var plan = PlanFixtures.PlanOf(PlanFixtures.Example(), PlanFixtures.EmptyLive);

        var payload = plan.Changes.Select(c => c.Operation).OfType<PublishTheme>().First(o => o.Payload.Name == "Enterprise Light").Payload;
        Assert.Equal(PlanFixtures.Context.Source.Commit, payload.Metadata!.SourceCommit);
        Assert.StartsWith("themes/", payload.Metadata.SourcePath, StringComparison.Ordinal);
        Assert.Equal("tester", payload.Metadata.CreatedBy);
        Assert.Matches("^[0-9a-f]{64}$", payload.Metadata.ContentHash!);
    }

    [Fact]
    public void Create_BeforeAndAfterText_OnlyForThemesThatChange()
    {
        var first = PlanFixtures.PlanOf(PlanFixtures.Example(), PlanFixtures.EmptyLive);
        var applied = PlanFixtures.Applied(first, PlanFixtures.EmptyLive);

        var second = PlanFixtures.PlanOf(PlanFixtures.Example(), applied);

        var published = first.Changes.Where(c => c.Kind == ChangeKind.Theme && c.Action == ChangeAction.Create).ToList();
        Assert.NotEmpty(published);
        Assert.All(published, c => Assert.False(string.IsNullOrWhiteSpace(c.Comparison?.Desired)));
        var unchanged = second.Changes.Where(c => c.Kind == ChangeKind.Theme).ToList();
        Assert.NotEmpty(unchanged);
        Assert.All(unchanged, c => Assert.Equal((ChangeAction.NoOp, (ContentComparison?)null), (c.Action, c.Comparison)));
    }

    [Fact]
    public void Create_AfterApplying_EverythingIsNoOp()
    {
        var first = PlanFixtures.PlanOf(PlanFixtures.Example(), PlanFixtures.EmptyLive);

        var second = PlanFixtures.PlanOf(PlanFixtures.Example(), PlanFixtures.Applied(first, PlanFixtures.EmptyLive));

        Assert.All(second.Changes, c => Assert.Equal(ChangeAction.NoOp, c.Action));
        Assert.False(second.Summary.HasChanges);
        Assert.Equal(first.Changes.Count, second.Summary.Unchanged);
    }

    [Fact]
    public void Create_ContentChangedWithoutBump_ConflictNamesNextVersionAndBlocksApply()
    {
        var live = PlanFixtures.Applied(PlanFixtures.PlanOf(PlanFixtures.Example(), PlanFixtures.EmptyLive), PlanFixtures.EmptyLive);
        var source = PlanFixtures.Example();
        source.With(OrderShipped, Read(OrderShipped).Replace("ships today", "ships soon", StringComparison.Ordinal));

        var plan = PlanFixtures.PlanOf(source, live);

        var conflict = Assert.Single(plan.Changes, c => c.Action == ChangeAction.Conflict);
        Assert.Equal(("tmpl_order_shipped", "en-US", "v2.4"), (conflict.Id, conflict.Locale, conflict.ToVersion));
        Assert.Contains("Bump version to v2.5", conflict.Reason, StringComparison.Ordinal);
        Assert.Equal(OrderShipped, conflict.SourcePath);
        Assert.Null(conflict.Operation);
        Assert.True(plan.Errored);
        Assert.False(plan.Applyable);
    }

    [Fact]
    public void Create_VersionsCompareNumerically_V2_10IsAnUpdateOverV2_9()
    {
        var live = PlanFixtures.Applied(PlanFixtures.PlanOf(PlanFixtures.Example(), PlanFixtures.EmptyLive), PlanFixtures.EmptyLive);
        var source = PlanFixtures.Example();
        source.With(OrderShipped, Read(OrderShipped).Replace("version: v2.4", "version: v2.10", StringComparison.Ordinal));
        var bumped = PlanFixtures.PlanOf(source, live);
        source.With(OrderShipped, Read(OrderShipped).Replace("version: v2.4", "version: v2.9", StringComparison.Ordinal));

        var behind = PlanFixtures.PlanOf(source, PlanFixtures.Applied(bumped, live));

        Assert.All(bumped.Changes.Where(c => c.Id == "tmpl_order_shipped"), c => Assert.Equal((ChangeAction.Update, "v2.4", "v2.10"), (c.Action, c.FromVersion, c.ToVersion)));
        Assert.All(behind.Changes.Where(c => c.Id == "tmpl_order_shipped"), c => Assert.Equal(ChangeAction.Drift, c.Action));
        Assert.Contains("v2.11", behind.Changes.First(c => c.Id == "tmpl_order_shipped").Reason, StringComparison.Ordinal);
        Assert.False(behind.Errored);
    }

    [Fact]
    public void Create_LiveTemplateTheRepositoryDoesNotDeclare_IsDriftWithoutOperation()
    {
        var stray = new TemplateVersion { TemplateId = "tmpl_console", Locale = "en-US", Version = "v1", ContentBlocks = [new ContentBlock("a", "text", "hi")] };
        var live = PlanFixtures.EmptyLive with { Templates = new Dictionary<(string, string), TemplateVersion> { [("tmpl_console", "en-US")] = stray } };

        var plan = PlanFixtures.PlanOf(PlanFixtures.Example(), live);

        var drift = Assert.Single(plan.Changes, c => c.Id == "tmpl_console");
        Assert.Equal((ChangeAction.Drift, "v1", (string?)null), (drift.Action, drift.FromVersion, drift.ToVersion));
        Assert.Null(drift.Operation);
    }

    [Theory]
    [InlineData("tmpl_order_shippede", "s-MX")]
    [InlineData("tmpl_order_shipp", "ed" + "es-MX")]
    [InlineData("tmpl_order_shipped", "es-mx")]
    [InlineData("TMPL_ORDER_SHIPPED", "es-MX")]
    public void Create_LiveKeyThatOnlyLooksLikeADeclaredOne_IsStillDrift(string templateId, string locale)
    {
        // The declared variant is (tmpl_order_shipped, es-MX): the same characters split
        // differently, or in another case, are another template locale.
        var stray = new TemplateVersion { TemplateId = templateId, Locale = locale, Version = "v1", ContentBlocks = [new ContentBlock("a", "text", "hi")] };
        var live = PlanFixtures.EmptyLive with { Templates = new Dictionary<(string, string), TemplateVersion> { [(templateId, locale)] = stray } };

        var plan = PlanFixtures.PlanOf(PlanFixtures.Example(), live);

        var drift = Assert.Single(plan.Changes, c => c.Id == templateId && c.Locale == locale);
        Assert.Equal(ChangeAction.Drift, drift.Action);
        Assert.Contains(plan.Changes, c => (c.Id, c.Locale, c.Action) == ("tmpl_order_shipped", "es-MX", ChangeAction.Create));
    }

    [Fact]
    public void Create_ThemeUsedByTwoWidgets_PublishedOnceToFirstWidgetThenBatchSynced()
    {
        var plan = PlanFixtures.PlanOf(PlanFixtures.Example(), PlanFixtures.EmptyLive);

        var publish = plan.Changes.Select(c => c.Operation).OfType<PublishTheme>().Single(p => p.Payload.Name == "Enterprise Light");
        var sync = plan.Changes.Select(c => c.Operation).OfType<SyncTheme>().Single(s => s.ThemeKey == "enterprise-light");
        Assert.Equal("w-100234", publish.WidgetId);
        Assert.Equal(publish.Payload.Id, sync.ThemeId);
        Assert.DoesNotContain(publish.WidgetId, sync.WidgetIds);
        Assert.NotEmpty(sync.WidgetIds);
    }

    [Fact]
    public void Create_ThemeTagPublishedWithOtherContent_ConflictAndItsAssignmentsCannotBePlanned()
    {
        var first = PlanFixtures.PlanOf(PlanFixtures.Example(), PlanFixtures.EmptyLive);
        var live = PlanFixtures.Applied(first, PlanFixtures.EmptyLive);
        var source = PlanFixtures.Example();
        var path = "themes/enterprise-dark.yaml";
        source.With(path, Read(path).Replace("borderRadiusPx: 8", "borderRadiusPx: 12", StringComparison.Ordinal));

        var plan = PlanFixtures.PlanOf(source, live);

        var theme = Assert.Single(plan.Changes, c => c.Kind == ChangeKind.Theme && c.Action == ChangeAction.Conflict);
        Assert.Contains("Bump versionTag to v1.2.1", theme.Reason, StringComparison.Ordinal);
        Assert.Contains("borderRadiusPx: 8", theme.Comparison!.Live, StringComparison.Ordinal);
        Assert.Contains("borderRadiusPx: 12", theme.Comparison.Desired, StringComparison.Ordinal);
        var blocked = plan.Changes.Where(c => c.Kind == ChangeKind.Assignment && c.Action == ChangeAction.Conflict).ToList();
        Assert.NotEmpty(blocked);
        Assert.All(blocked, c => Assert.Contains("enterprise-dark", c.Reason, StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Changes, c => c.Kind == ChangeKind.BatchSync && c.Id == "enterprise-dark");
    }

    [Fact]
    public void Create_WidgetMissingFromStrictTenant_AssignmentIsConflict()
    {
        var live = PlanFixtures.EmptyLive with { MissingWidgets = new HashSet<string> { "w-200001" } };

        var plan = PlanFixtures.PlanOf(PlanFixtures.Example(), live);

        var assignment = Assert.Single(plan.Changes, c => c.Kind == ChangeKind.Assignment && c.Id == "w-200001");
        Assert.Equal(ChangeAction.Conflict, assignment.Action);
        Assert.Contains("no widget w-200001", assignment.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ThemeIds_SameKeyAndTag_SameVersion5Uuid()
    {
        var a = ThemeIds.For("enterprise-dark", "v1.2.0");

        Assert.Equal(a, ThemeIds.For("enterprise-dark", "v1.2.0"));
        Assert.NotEqual(a, ThemeIds.For("enterprise-dark", "v1.2.1"));
        Assert.NotEqual(a, ThemeIds.For("enterprise-light", "v1.2.0"));
        Assert.Equal('5', a[14]);
        Assert.Contains(a[19], "89ab");
    }

    private static string Read(string path) => File.ReadAllText(Path.Combine(TestSupport.RepositoryFiles.ContentExample, path));
}
