using System.Text.Json;
using Cxone.Emulator.Http;
using Cxone.Emulator.Json;
using Cxone.Emulator.State;

namespace Cxone.Emulator.Templates;

/// <summary>
/// Template jobs and the versions they created, indexed so that every call is O(log n) plus the
/// page it returns. Not thread-safe: <see cref="EmulatorState"/> holds its lock around every use.
/// </summary>
internal sealed class TemplateStore
{
    // Series sorted by (templateId, locale) for the "latest per template and locale" list; the
    // same series objects are reachable by template id for the versions list.
    private SortedList<TemplateKey, SortedList<string, TemplateJob>> _series = [];
    private readonly Dictionary<string, SortedList<string, SortedList<string, TemplateJob>>> _byTemplate = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TemplateJob> _jobs = new(StringComparer.Ordinal);
    private readonly Dictionary<TemplateVersionKey, TemplateJob> _inFlight = [];
    private readonly PriorityQueue<TemplateJob, DateTimeOffset> _due = new();

    public int JobCount => _jobs.Count;

    /// <summary>Every job ever submitted, in submission order (for snapshots).</summary>
    public IEnumerable<TemplateJob> Jobs => _jobs.Values;

    /// <summary>Adds a submitted job (live or replayed); it creates its version once its time has come.</summary>
    public void Add(TemplateJob job)
    {
        _jobs[job.JobId] = job;
        _inFlight[Key(job)] = job;
        _due.Enqueue(job, job.CompletesAt);
    }

    /// <summary>Finishes every job whose time has passed: COMPLETED ones become listed versions.</summary>
    public void Advance(DateTimeOffset now)
    {
        Dictionary<TemplateKey, SortedList<string, TemplateJob>>? created = null;
        while (_due.TryPeek(out var job, out var at) && at <= now)
        {
            _due.Dequeue();
            _inFlight.Remove(Key(job));
            if (job.FailureMessage is null)
            {
                SeriesFor(job.TemplateId, job.Locale, ref created)[job.Version] = job;
            }
        }

        if (created is not null)
        {
            AddSeries(created);
        }
    }
    public TemplateJob? FindJob(string jobId) => _jobs.GetValueOrDefault(jobId);

    /// <summary>The 409 for a version that exists or is being created, or null when the version is free.</summary>
    public ApiError? FindConflict(string templateId, string locale, string version)
    {
        if (_inFlight.TryGetValue(new TemplateVersionKey(templateId, locale, version), out var pending))
        {
            return ApiError.Conflict(
                $"Template {templateId} {locale} {version} is already being created by job {pending.JobId}; wait for that job instead of resubmitting.")
            with
            { Existing = Existing(pending), JobId = pending.JobId };
        }

        if (_series.TryGetValue(new TemplateKey(templateId, locale), out var series) && series.TryGetValue(version, out var existing))
        {
            return ApiError.Conflict(
                $"Template {templateId} {locale} {version} already exists and versions are immutable; bump the version to change the content.")
            with
            { Existing = Existing(existing) };
        }

        return null;
    }

    /// <summary>The latest version (numeric order) of every (template, locale), sorted by template then locale, each as its JSON.</summary>
    public Page<byte[]> ListLatest(PageRequest page) =>
        page.Slice(_series.Values, series => Listed(series.Values[^1]));

    /// <summary>Every version of every locale of one template, each as its JSON, or null when the template has none.</summary>
    public Page<byte[]>? ListVersions(string templateId, PageRequest page)
    {
        if (!_byTemplate.TryGetValue(templateId, out var locales))
        {
            return null;
        }

        var all = new List<TemplateJob>();
        foreach (var series in locales.Values)
        {
            all.AddRange(series.Values);
        }

        return page.Slice(all, Listed);
    }

    private static byte[] Listed(TemplateJob job) =>
        job.ListedJson(static j => JsonSerializer.SerializeToUtf8Bytes(ToItem(j), JsonContexts.Template.TemplateItem));

    public static TemplateItem ToItem(TemplateJob job)
    {
        var p = job.Payload;
        return new TemplateItem(p.TemplateId!, p.Version!, p.Channels!, p.Locale!, p.ContentBlocks!, p.Variables!, p.Metadata, job.CompletesAt, job.JobId);
    }

    private static TemplateVersionKey Key(TemplateJob job) => new(job.TemplateId, job.Locale, job.Version);

    private static ExistingTemplate Existing(TemplateJob job)
    {
        string? hash = null;
        if (job.Payload.Metadata is { ValueKind: System.Text.Json.JsonValueKind.Object } metadata &&
            metadata.TryGetProperty("contentHash", out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String)
        {
            hash = value.GetString();
        }

        return new ExistingTemplate(job.TemplateId, job.Locale, job.Version, hash);
    }

    /// <summary>The series of (template, locale); a new one goes to <paramref name="created"/> until <see cref="AddSeries"/>.</summary>
    private SortedList<string, TemplateJob> SeriesFor(string templateId, string locale, ref Dictionary<TemplateKey, SortedList<string, TemplateJob>>? created)
    {
        var key = new TemplateKey(templateId, locale);
        if (_series.TryGetValue(key, out var series) || (created is not null && created.TryGetValue(key, out series)))
        {
            return series;
        }

        series = new SortedList<string, TemplateJob>(VersionOrder.Instance);
        (created ??= []).Add(key, series);
        if (!_byTemplate.TryGetValue(templateId, out var locales))
        {
            locales = new SortedList<string, SortedList<string, TemplateJob>>(StringComparer.Ordinal);
            _byTemplate.Add(templateId, locales);
        }

        locales.Add(locale, series);
        return series;
    }

    /// <summary>
    /// Inserting into a sorted list costs O(n) each, which is fine one at a time but quadratic when
    /// a restart replays 30,000 versions at once; many new series are merged by one sort instead.
    /// </summary>
    private void AddSeries(Dictionary<TemplateKey, SortedList<string, TemplateJob>> created)
    {
        if (created.Count < 64)
        {
            foreach (var (key, series) in created)
            {
                _series.Add(key, series);
            }

            return;
        }

        foreach (var (key, series) in _series)
        {
            created.Add(key, series);
        }

        _series = new SortedList<TemplateKey, SortedList<string, TemplateJob>>(created);
    }
}
