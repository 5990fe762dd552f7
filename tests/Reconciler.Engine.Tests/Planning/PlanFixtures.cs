using Reconciler.Core.Content;
using Reconciler.Core.Validation;
using Reconciler.Cxone.Templates;
using Reconciler.Cxone.Themes;
using Reconciler.Cxone.Widgets;
using Reconciler.Engine.Apply.Operations;
using Reconciler.Engine.Git;
using Reconciler.Engine.Live;
using Reconciler.Engine.Planning;
using Reconciler.TestSupport;

namespace Reconciler.Engine.Tests.Planning;

/// <summary>Builds plans from the example content and live states derived from earlier plans.</summary>
internal static class PlanFixtures
{
    public static readonly PlanContext Context = new(new SourceRevision("0123456789abcdef0123456789abcdef01234567", false, "test"), "test tenant", null, "tester", DateTimeOffset.UnixEpoch);

    public static LiveState EmptyLive { get; } = new()
    {
        Templates = new Dictionary<(string, string), TemplateVersion>(),
        WidgetThemes = new Dictionary<string, IReadOnlyList<WidgetTheme>>(),
        Assignments = new Dictionary<string, IReadOnlyList<ThemeAssignment>>(),
        MissingWidgets = new HashSet<string>(),
    };

    public static InMemoryContentSource Example() => InMemoryContentSource.FromFolder(RepositoryFiles.ContentExample);

    public static Plan PlanOf(InMemoryContentSource source, LiveState live)
    {
        var report = ContentValidator.LoadAndValidate(source);
        return Planner.Create(report.Content, report.Diagnostics, live, Context);
    }

    /// <summary>The live state CXone would hold after applying <paramref name="plan"/> to <paramref name="before"/>.</summary>
    public static LiveState Applied(Plan plan, LiveState before)
    {
        var templates = new Dictionary<(string, string), TemplateVersion>(before.Templates);
        var themes = before.WidgetThemes.ToDictionary(p => p.Key, p => p.Value.ToList(), StringComparer.Ordinal);
        var assignments = new Dictionary<string, IReadOnlyList<ThemeAssignment>>(before.Assignments, StringComparer.Ordinal);
        foreach (var operation in plan.Changes.Select(c => c.Operation))
        {
            switch (operation)
            {
                case CreateTemplateVersion create:
                    var p = create.Payload;
                    templates[(p.TemplateId, p.Locale)] = new TemplateVersion
                    {
                        TemplateId = p.TemplateId, Version = p.Version, Locale = p.Locale, Channels = p.Channels,
                        ContentBlocks = p.ContentBlocks, Variables = p.Variables, Metadata = p.Metadata,
                    };
                    break;
                case PublishTheme publish:
                    ThemesOf(themes, publish.WidgetId).Add(Live(publish.Payload, publish.WidgetId));
                    break;
                case PutAssignments put:
                    assignments[put.WidgetId] = put.Assignments;
                    break;
                case SyncTheme sync:
                    var source = themes.Values.SelectMany(t => t).First(t => t.Id == sync.ThemeId);
                    foreach (var widget in sync.WidgetIds)
                    {
                        ThemesOf(themes, widget).Add(source with { WidgetId = widget, SyncedFrom = source.WidgetId });
                    }

                    break;
            }
        }

        return before with
        {
            Templates = templates,
            WidgetThemes = themes.ToDictionary(p => p.Key, p => (IReadOnlyList<WidgetTheme>)p.Value, StringComparer.Ordinal),
            Assignments = assignments,
        };
    }

    public static WidgetTheme Live(ThemePayload payload, string widgetId) => new()
    {
        Id = payload.Id, WidgetId = widgetId, VersionTag = payload.VersionTag, Name = payload.Name,
        BackgroundColor = payload.BackgroundColor, PrimaryColor = payload.PrimaryColor, Font = payload.Font,
        Buttons = payload.Buttons, BorderRadiusPx = payload.BorderRadiusPx, MaxWidthPx = payload.MaxWidthPx,
        Metadata = payload.Metadata, State = ThemeState.Active,
    };

    private static List<WidgetTheme> ThemesOf(Dictionary<string, List<WidgetTheme>> themes, string widget)
    {
        if (!themes.TryGetValue(widget, out var list))
        {
            themes[widget] = list = [];
        }

        return list;
    }
}
