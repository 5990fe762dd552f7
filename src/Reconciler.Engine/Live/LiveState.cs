using Reconciler.Cxone.Templates;
using Reconciler.Cxone.Themes;
using Reconciler.Cxone.Widgets;

namespace Reconciler.Engine.Live;

/// <summary>What CXone holds now, as far as the plan needs it. Read once per plan.</summary>
public sealed record LiveState
{
    /// <summary>The latest version of every (template, locale).</summary>
    public required IReadOnlyDictionary<(string TemplateId, string Locale), TemplateVersion> Templates { get; init; }

    /// <summary>Every widget CXone knows, with the themes it lists.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<WidgetTheme>> WidgetThemes { get; init; }

    /// <summary>Every widget's current assignments (empty when it has none).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<ThemeAssignment>> Assignments { get; init; }

    /// <summary>Widgets the repository declares that CXone does not have (strict tenants answer 404).</summary>
    public required IReadOnlySet<string> MissingWidgets { get; init; }

    /// <summary>How many API requests reading took.</summary>
    public int Requests { get; init; }

    /// <summary>Every theme on every widget, once per (widget, theme id).</summary>
    public IEnumerable<WidgetTheme> AllThemes => WidgetThemes.Values.SelectMany(t => t);
}
