using Cxone.Emulator.Json;
using Cxone.Emulator.State;

namespace Cxone.Emulator.Widgets;

/// <summary>A widget: the themes it lists (published to it or synced onto it) and its assignments.</summary>
internal sealed class WidgetRecord(string widgetId, DateTimeOffset createdAt)
{
    /// <summary>Themes sorted by name, then version tag (numeric order), then id: the list order.</summary>
    private readonly SortedList<(string Name, string VersionTag, string Id), WidgetTheme> _themes = new(ThemeOrder.Instance);
    private readonly Dictionary<(string Name, string VersionTag), WidgetTheme> _byNameAndTag = [];
    private readonly Dictionary<string, WidgetTheme> _byId = new(StringComparer.Ordinal);

    public string WidgetId { get; } = widgetId;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public string Strategy { get; set; } = "weighted_random";

    public List<AssignmentItem> Assignments { get; set; } = [];

    /// <summary>True once a PUT has set assignments (so snapshots keep an explicitly emptied set out).</summary>
    public bool HasAssignments { get; set; }

    public IList<WidgetTheme> Themes => _themes.Values;

    public WidgetTheme? FindByNameAndTag(string name, string versionTag) => _byNameAndTag.GetValueOrDefault((name, versionTag));

    public WidgetTheme? FindById(string themeId) => _byId.GetValueOrDefault(themeId);

    /// <summary>Lists <paramref name="theme"/> on this widget, replacing an earlier listing of the same theme.</summary>
    public void Put(WidgetTheme theme)
    {
        var payload = theme.Theme.Payload;
        var key = (payload.Name!, payload.VersionTag!, payload.Id!);
        _themes[key] = theme;
        _byNameAndTag[(payload.Name!, payload.VersionTag!)] = theme;
        _byId[payload.Id!] = theme;
    }

    private sealed class ThemeOrder : IComparer<(string Name, string VersionTag, string Id)>
    {
        public static ThemeOrder Instance { get; } = new();

        public int Compare((string Name, string VersionTag, string Id) x, (string Name, string VersionTag, string Id) y)
        {
            var byName = string.CompareOrdinal(x.Name, y.Name);
            if (byName != 0)
            {
                return byName;
            }

            var byTag = Templates.VersionOrder.Instance.Compare(x.VersionTag, y.VersionTag);
            return byTag != 0 ? byTag : string.CompareOrdinal(x.Id, y.Id);
        }
    }
}

/// <summary>A theme as listed on one widget: the theme, and where it was synced from when it is a copy.</summary>
internal sealed record WidgetTheme(ThemeRecord Theme, string? SyncedFrom, DateTimeOffset ListedAt);
