using Reconciler.Cxone.Analytics;
using Reconciler.Cxone.Auth;
using Reconciler.Cxone.Jobs;
using Reconciler.Cxone.Resilience;
using Reconciler.Cxone.Templates;
using Reconciler.Cxone.Themes;
using Reconciler.Cxone.Widgets;

namespace Reconciler.Cxone;

/// <summary>
/// The CXone client: one shared <see cref="HttpClient"/>, one token cache, one resilience
/// pipeline, with the calls grouped by feature. Create it with <see cref="CxoneClientFactory"/>.
/// </summary>
public sealed class CxoneClient : ICxoneClient
{
    private readonly HttpClient _http;
    private readonly TokenManager _tokens;
    private readonly ClientRateLimiter? _limiter;
    private readonly TemplateCalls _templates;
    private readonly JobCalls _jobs;
    private readonly TemplateJobConfirmer _confirmer;
    private readonly ThemeCalls _themes;
    private readonly WidgetCalls _widgets;
    private readonly AnalyticsCalls _analytics;

    internal CxoneClient(
        HttpClient http,
        TokenManager tokens,
        ClientRateLimiter? limiter,
        CxoneCallStatistics statistics,
        TemplateCalls templates,
        JobCalls jobs,
        TemplateJobConfirmer confirmer,
        ThemeCalls themes,
        WidgetCalls widgets,
        AnalyticsCalls analytics)
    {
        _http = http;
        _tokens = tokens;
        _limiter = limiter;
        Statistics = statistics;
        _templates = templates;
        _jobs = jobs;
        _confirmer = confirmer;
        _themes = themes;
        _widgets = widgets;
        _analytics = analytics;
    }

    /// <inheritdoc />
    public CxoneCallStatistics Statistics { get; }

    /// <inheritdoc />
    public Task<string> SubmitTemplateAsync(TemplatePayload payload, CancellationToken cancellationToken = default) =>
        _templates.SubmitAsync(payload, cancellationToken);

    /// <inheritdoc />
    public Task<TemplateVersionOutcome> CreateTemplateVersionAsync(TemplatePayload payload, CancellationToken cancellationToken = default) =>
        _templates.CreateVersionAsync(payload, cancellationToken);

    /// <inheritdoc />
    public Task<TemplateSubmission> SubmitTemplateVersionAsync(TemplatePayload payload, CancellationToken cancellationToken = default) =>
        _templates.SubmitVersionAsync(payload, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<TemplateJobResult> ConfirmTemplateJobsAsync(IReadOnlyList<PendingTemplateJob> jobs, int listedVersions, CancellationToken cancellationToken = default) =>
        _confirmer.ConfirmAsync(jobs, listedVersions, cancellationToken);

    /// <inheritdoc />
    public Task<JobStatus> GetJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        _jobs.GetJobAsync(jobId, cancellationToken);

    /// <inheritdoc />
    public Task<JobStatus> WaitForJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        _jobs.WaitForJobAsync(jobId, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<TemplateVersion> ListTemplatesAsync(CancellationToken cancellationToken = default) =>
        _templates.ListLatestAsync(cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<TemplateVersion> ListTemplateVersionsAsync(string templateId, CancellationToken cancellationToken = default) =>
        _templates.ListVersionsAsync(templateId, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<Widget> ListWidgetsAsync(CancellationToken cancellationToken = default) =>
        _widgets.ListWidgetsAsync(cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<WidgetTheme> ListWidgetThemesAsync(string widgetId, CancellationToken cancellationToken = default) =>
        _themes.ListWidgetThemesAsync(widgetId, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<ThemeAssignment> ListAssignmentsAsync(string widgetId, CancellationToken cancellationToken = default) =>
        _widgets.ListAssignmentsAsync(widgetId, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<WidgetTheme> ListAllWidgetThemesAsync(CancellationToken cancellationToken = default) =>
        _themes.ListAllThemesAsync(cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<TenantAssignment> ListAllAssignmentsAsync(CancellationToken cancellationToken = default) =>
        _widgets.ListAllAssignmentsAsync(cancellationToken);

    /// <inheritdoc />
    public Task<ThemePublishOutcome> PublishThemeAsync(string widgetId, ThemePayload theme, CancellationToken cancellationToken = default) =>
        _themes.PublishAsync(widgetId, theme, cancellationToken);

    /// <inheritdoc />
    public Task<ThemeStatus> GetThemeStatusAsync(string themeId, CancellationToken cancellationToken = default) =>
        _themes.GetStatusAsync(themeId, cancellationToken);

    /// <inheritdoc />
    public Task<ThemeStatus> WaitForThemeActiveAsync(string themeId, CancellationToken cancellationToken = default) =>
        _themes.WaitForActiveAsync(themeId, cancellationToken);

    /// <inheritdoc />
    public Task<AssignmentSet> PutAssignmentsAsync(string widgetId, IReadOnlyList<ThemeAssignment> assignments, CancellationToken cancellationToken = default) =>
        _widgets.PutAssignmentsAsync(widgetId, assignments, cancellationToken);

    /// <inheritdoc />
    public Task<BatchSyncResult> BatchSyncAsync(IReadOnlyList<string> widgetIds, string themeId, bool overrideExisting, CancellationToken cancellationToken = default) =>
        _widgets.BatchSyncAsync(widgetIds, themeId, overrideExisting, cancellationToken);

    /// <inheritdoc />
    public Task<WidgetPerformance> GetWidgetPerformanceAsync(string widgetId, DateOnly from, DateOnly to, IReadOnlyList<string>? metrics = null, CancellationToken cancellationToken = default) =>
        _analytics.GetWidgetPerformanceAsync(widgetId, from, to, metrics, cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        _http.Dispose();
        _tokens.Dispose();
        _limiter?.Dispose();
    }
}
