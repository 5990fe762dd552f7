using System.Collections.Concurrent;
using System.Net;
using Reconciler.Cxone;
using Reconciler.Cxone.Templates;
using Reconciler.Cxone.Themes;
using Reconciler.Cxone.Widgets;

namespace Reconciler.Engine.Live;

/// <summary>Reads <see cref="LiveState"/> through the read calls, streaming every page.</summary>
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
    public async Task<LiveState> ReadAsync(IEnumerable<string> declaredWidgets, CancellationToken cancellationToken)
    {
        var before = _client.Statistics.RequestsSent;
        var templates = new Dictionary<(string, string), TemplateVersion>();
        await foreach (var version in _client.ListTemplatesAsync(cancellationToken))
        {
            templates[(version.TemplateId, version.Locale)] = version;
        }

        var widgetIds = new SortedSet<string>(declaredWidgets, StringComparer.Ordinal);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var widget in _client.ListWidgetsAsync(cancellationToken))
        {
            widgetIds.Add(widget.WidgetId);
            listed.Add(widget.WidgetId);
        }

        var themes = new ConcurrentDictionary<string, IReadOnlyList<WidgetTheme>>(StringComparer.Ordinal);
        var assignments = new ConcurrentDictionary<string, IReadOnlyList<ThemeAssignment>>(StringComparer.Ordinal);
        var missing = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            widgetIds,
            new ParallelOptions { MaxDegreeOfParallelism = _concurrency, CancellationToken = cancellationToken },
            async (widgetId, ct) =>
            {
                try
                {
                    themes[widgetId] = await ToListAsync(_client.ListWidgetThemesAsync(widgetId, ct), ct);
                    assignments[widgetId] = await ToListAsync(_client.ListAssignmentsAsync(widgetId, ct), ct);
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

    private static async Task<IReadOnlyList<T>> ToListAsync<T>(IAsyncEnumerable<T> items, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            list.Add(item);
        }

        return list;
    }
}
