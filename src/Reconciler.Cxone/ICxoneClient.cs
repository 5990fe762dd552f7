using Reconciler.Cxone.Analytics;
using Reconciler.Cxone.Jobs;
using Reconciler.Cxone.Templates;
using Reconciler.Cxone.Themes;
using Reconciler.Cxone.Widgets;

namespace Reconciler.Cxone;

/// <summary>
/// The reconciler's only door to CXone. Every call retries transient failures (429 honouring
/// Retry-After, 5xx, timeouts, dropped connections) and fails fast on terminal ones with a
/// <see cref="CxoneApiException"/>. List calls stream every page.
/// </summary>
public interface ICxoneClient : IDisposable
{
    /// <summary>What the client has sent and received so far.</summary>
    CxoneCallStatistics Statistics { get; }

    /// <summary>Submits a template version and returns its job id without waiting.</summary>
    /// <exception cref="CxoneApiException">Any non-202 answer, including 409 for an existing version.</exception>
    Task<string> SubmitTemplateAsync(TemplatePayload payload, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates a template version and waits for its job. A 409 is judged by content: identical →
    /// <see cref="TemplateVersionOutcome.AlreadyExists"/>, different → <see cref="TemplateVersionOutcome.Conflict"/>;
    /// a 409 naming an in-flight job waits for that job first.
    /// </summary>
    Task<TemplateVersionOutcome> CreateTemplateVersionAsync(TemplatePayload payload, CancellationToken cancellationToken = default);

    /// <summary>
    /// Submits a template version without waiting for its job. A 409 is settled here as in
    /// <see cref="CreateTemplateVersionAsync"/>; an accepted version is confirmed later, many at a
    /// time, with <see cref="ConfirmTemplateJobsAsync"/>.
    /// </summary>
    Task<TemplateSubmission> SubmitTemplateVersionAsync(TemplatePayload payload, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams how submitted template jobs ended, spending as few requests as it can: while more jobs
    /// are pending than the template list has pages, one walk of the list confirms every completed job;
    /// the rest are polled one by one (backoff doubling to the maximum interval, each job bounded by the
    /// job deadline). A job whose end cannot be learned comes back with an error, never as an exception.
    /// </summary>
    /// <param name="jobs">The submitted jobs.</param>
    /// <param name="listedVersions">About how many (template, locale) pairs the template list holds, to price a walk of it.</param>
    /// <param name="cancellationToken">Stops confirming.</param>
    IAsyncEnumerable<TemplateJobResult> ConfirmTemplateJobsAsync(IReadOnlyList<PendingTemplateJob> jobs, int listedVersions, CancellationToken cancellationToken = default);

    /// <summary>Reads a job's status once.</summary>
    Task<JobStatus> GetJobAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>Polls a job (backoff doubling to the maximum interval) until COMPLETED or FAILED.</summary>
    /// <returns>The finished job; check <see cref="JobStatus.Status"/> and <see cref="JobStatus.ErrorMessage"/>.</returns>
    /// <exception cref="CxoneApiException">The job deadline passed (<c>job_deadline_exceeded</c>) or a poll failed.</exception>
    Task<JobStatus> WaitForJobAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>Streams the latest version of every (template, locale).</summary>
    IAsyncEnumerable<TemplateVersion> ListTemplatesAsync(CancellationToken cancellationToken = default);

    /// <summary>Streams every version of every locale of a template (404 if it has none).</summary>
    IAsyncEnumerable<TemplateVersion> ListTemplateVersionsAsync(string templateId, CancellationToken cancellationToken = default);

    /// <summary>Streams every widget.</summary>
    IAsyncEnumerable<Widget> ListWidgetsAsync(CancellationToken cancellationToken = default);

    /// <summary>Streams every theme a widget lists.</summary>
    IAsyncEnumerable<WidgetTheme> ListWidgetThemesAsync(string widgetId, CancellationToken cancellationToken = default);

    /// <summary>Streams a widget's theme assignments.</summary>
    IAsyncEnumerable<ThemeAssignment> ListAssignmentsAsync(string widgetId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams every widget's themes in one paginated read (widget order, then each widget's list
    /// order). Not in SPEC §5: a server without it answers 404 <c>not_found</c>; fall back to
    /// <see cref="ListWidgetThemesAsync"/> per widget.
    /// </summary>
    IAsyncEnumerable<WidgetTheme> ListAllWidgetThemesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams every widget's assignments in one paginated read; widgets without assignments have no
    /// rows. Not in SPEC §5: a server without it answers 404 <c>not_found</c>; fall back to
    /// <see cref="ListAssignmentsAsync"/> per widget.
    /// </summary>
    IAsyncEnumerable<TenantAssignment> ListAllAssignmentsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Publishes a theme to a widget. Pass a deterministic <see cref="ThemePayload.Id"/> so a retried
    /// publish is recognised: a 409 whose live theme has identical content is
    /// <see cref="ThemePublishOutcome.AlreadyExists"/>.
    /// </summary>
    Task<ThemePublishOutcome> PublishThemeAsync(string widgetId, ThemePayload theme, CancellationToken cancellationToken = default);

    /// <summary>Reads a theme's activation status once.</summary>
    Task<ThemeStatus> GetThemeStatusAsync(string themeId, CancellationToken cancellationToken = default);

    /// <summary>Polls a theme until ACTIVE or FAILED; a FAILED status carries CXone's error message.</summary>
    /// <exception cref="CxoneApiException">The deadline passed (<c>job_deadline_exceeded</c>) or a poll failed.</exception>
    Task<ThemeStatus> WaitForThemeActiveAsync(string themeId, CancellationToken cancellationToken = default);

    /// <summary>Replaces a widget's theme assignments (strategy <c>weighted_random</c>).</summary>
    Task<AssignmentSet> PutAssignmentsAsync(string widgetId, IReadOnlyList<ThemeAssignment> assignments, CancellationToken cancellationToken = default);

    /// <summary>Spreads an ACTIVE theme to many widgets; returns one result per widget.</summary>
    Task<BatchSyncResult> BatchSyncAsync(IReadOnlyList<string> widgetIds, string themeId, bool overrideExisting, CancellationToken cancellationToken = default);

    /// <summary>Reads a widget's rendering performance between two dates (inclusive).</summary>
    /// <param name="widgetId">Widget id.</param>
    /// <param name="from">First day.</param>
    /// <param name="to">Last day.</param>
    /// <param name="metrics">Metric names from <see cref="PerformanceMetricNames"/>; null or empty for all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<WidgetPerformance> GetWidgetPerformanceAsync(string widgetId, DateOnly from, DateOnly to, IReadOnlyList<string>? metrics = null, CancellationToken cancellationToken = default);
}
