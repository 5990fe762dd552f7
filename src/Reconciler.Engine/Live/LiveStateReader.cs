using System.Collections.Concurrent;
using System.Net;
using Reconciler.Cxone;
using Reconciler.Cxone.Templates;
using Reconciler.Cxone.Themes;
using Reconciler.Cxone.Widgets;

namespace Reconciler.Engine.Live;

/// <summary>
/// Reads <see cref="LiveState"/> through the read calls, streaming every page. Themes and
/// assignments come from the tenant-wide lists, so the cost grows with pages rather than widgets;
/// a server without those lists (404) is read widget by widget instead.
/// </summary>
public sealed class LiveStateReader
{
    private readonly ICxoneClient _client;
    private readonly int _concurrency;

    public LiveStateReader(ICxoneClient client, int concurrency)
    {
        _client = client;
        _concurrency = Math.Max(1, concurrency);
    }

    /// <summary>Reads templates, widgets, their themes and assignments; <paramref name="declaredWidgets"/> are read even when CXone does not list them.</summary>
    public Task<LiveState> ReadAsync(IEnumerable<string> declaredWidgets, CancellationToken cancellationToken) =>
        ReadAsync(Task.FromResult(declaredWidgets), cancellationToken);

    /// <summary>
    /// As <see cref="ReadAsync(IEnumerable{string}, CancellationToken)"/>, with the declared widgets
    /// still being worked out (the repository is being validated): the lists are read meanwhile.
    /// </summary>
    public async Task<LiveState> ReadAsync(Task<IEnumerable<string>> declaredWidgets, CancellationToken cancellationToken)
    {
        var before = _client.Statistics.RequestsSent;

        // The lists are independent: reading them side by side costs the longest, not the sum.
        var templatesTask = ReadTemplatesAsync(cancellationToken);
        var widgetsTask = _client.ListWidgetsAsync(cancellationToken).ToListAsync(cancellationToken).AsTask();
        var tenantTask = TryReadTenantWideAsync(cancellationToken);
        var templates = await templatesTask;
        var listed = (await widgetsTask).Select(w => w.WidgetId).ToHashSet(StringComparer.Ordinal);
        var tenant = await tenantTask;

        var themes = new ConcurrentDictionary<string, IReadOnlyList<WidgetTheme>>(StringComparer.Ordinal);
        var assignments = new ConcurrentDictionary<string, IReadOnlyList<ThemeAssignment>>(StringComparer.Ordinal);
        var perWidget = new SortedSet<string>((await declaredWidgets).Where(w => !listed.Contains(w)), StringComparer.Ordinal);
        if (tenant is { } all)
        {
            foreach (var widgetId in listed)
            {
                themes[widgetId] = all.Themes.GetValueOrDefault(widgetId) ?? [];
                assignments[widgetId] = all.Assignments.GetValueOrDefault(widgetId) ?? [];
            }
        }
        else
        {
            perWidget.UnionWith(listed);
        }

        // Widgets read one by one: all of them on a server without the tenant-wide lists, otherwise
        // only those the repository declares but CXone does not list (new, or absent on a strict tenant).
        var missing = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            perWidget,
            new ParallelOptions { MaxDegreeOfParallelism = _concurrency, CancellationToken = cancellationToken },
            async (widgetId, ct) =>
            {
                try
                {
                    themes[widgetId] = await _client.ListWidgetThemesAsync(widgetId, ct).ToListAsync(ct);
                    assignments[widgetId] = await _client.ListAssignmentsAsync(widgetId, ct).ToListAsync(ct);
                }
                catch (CxoneApiException e) when (e.StatusCode == HttpStatusCode.NotFound && !listed.Contains(widgetId))
                {
                    missing[widgetId] = true;
                }
            });

        return new LiveState
        {
            Templates = templates,
            WidgetThemes = themes,
            Assignments = assignments,
            MissingWidgets = missing.Keys.ToHashSet(StringComparer.Ordinal),
            Requests = (int)(_client.Statistics.RequestsSent - before),
        };
    }

    private async Task<Dictionary<(string, string), TemplateVersion>> ReadTemplatesAsync(CancellationToken cancellationToken)
    {
        var templates = new Dictionary<(string, string), TemplateVersion>();
        await foreach (var version in _client.ListTemplatesAsync(cancellationToken))
        {
            templates[(version.TemplateId, version.Locale)] = version;
        }

        return templates;
    }

    /// <summary>Every widget's themes and assignments from the tenant-wide lists, or null when the server has no such lists.</summary>
    private async Task<TenantLists?> TryReadTenantWideAsync(CancellationToken cancellationToken)
    {
        try
        {
            var themes = new Dictionary<string, List<WidgetTheme>>(StringComparer.Ordinal);
            await foreach (var theme in _client.ListAllWidgetThemesAsync(cancellationToken))
            {
                Add(themes, theme.WidgetId, theme);
            }

            var assignments = new Dictionary<string, List<ThemeAssignment>>(StringComparer.Ordinal);
            await foreach (var row in _client.ListAllAssignmentsAsync(cancellationToken))
            {
                Add(assignments, row.WidgetId, row.ToAssignment());
            }

            return new TenantLists(ReadOnly(themes), ReadOnly(assignments));
        }
        catch (CxoneApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    // A loop rather than ToDictionary: over key-value pairs, a value type, that one call was
    // compiled fully optimised on every plan.
    private static Dictionary<string, IReadOnlyList<T>> ReadOnly<T>(Dictionary<string, List<T>> lists)
    {
        var readOnly = new Dictionary<string, IReadOnlyList<T>>(lists.Count, StringComparer.Ordinal);
        foreach (var (widgetId, list) in lists)
        {
            readOnly[widgetId] = list;
        }

        return readOnly;
    }

    private static void Add<T>(Dictionary<string, List<T>> lists, string widgetId, T item)
    {
        if (!lists.TryGetValue(widgetId, out var list))
        {
            list = [];
            lists[widgetId] = list;
        }

        list.Add(item);
    }

    private sealed record TenantLists(
        IReadOnlyDictionary<string, IReadOnlyList<WidgetTheme>> Themes,
        IReadOnlyDictionary<string, IReadOnlyList<ThemeAssignment>> Assignments);
}
