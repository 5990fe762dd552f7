using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reconciler.Cxone.Analytics;
using Reconciler.Cxone.Auth;
using Reconciler.Cxone.Http;
using Reconciler.Cxone.Jobs;
using Reconciler.Cxone.Resilience;
using Reconciler.Cxone.Templates;
using Reconciler.Cxone.Themes;
using Reconciler.Cxone.Widgets;

namespace Reconciler.Cxone;

/// <summary>Creates <see cref="ICxoneClient"/>s.</summary>
public static class CxoneClientFactory
{
    /// <summary>Logger category of every client log line.</summary>
    public const string LogCategory = "Reconciler.Cxone";

    /// <summary>Creates a client. Dispose it when done; it owns its HTTP connections.</summary>
    /// <param name="connection">Where CXone is and the credentials.</param>
    /// <param name="options">Tuning; null for <see cref="CxoneClientDefaults"/>.</param>
    /// <param name="loggerFactory">Where log lines go; null for none.</param>
    /// <param name="timeProvider">The clock for token expiry, backoff and polling; null for the system clock.</param>
    /// <param name="handler">An HTTP handler for tests; null for a pooled socket handler. Not disposed by the client.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static ICxoneClient Create(
        CxoneConnection connection,
        CxoneClientOptions? options = null,
        ILoggerFactory? loggerFactory = null,
        TimeProvider? timeProvider = null,
        HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new CxoneClientOptions();
        options.Validate();
        TimeProvider time = timeProvider ?? TimeProvider.System;
        ILogger logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger(LogCategory);
        var statistics = new CxoneCallStatistics();

        // Per-attempt timeouts come from the pipeline; HttpClient's own would cut across retries.
        HttpClient http = handler is null
            ? new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2), ConnectTimeout = options.AttemptTimeout }, disposeHandler: true)
            : new HttpClient(handler, disposeHandler: false);
        http.BaseAddress = connection.BaseUrl;
        http.Timeout = Timeout.InfiniteTimeSpan;

        var tokens = new TokenManager(http, connection, ResiliencePipelines.ForToken(options, time, statistics, logger), time, statistics, logger);
        ClientRateLimiter? limiter = options.RequestsPerSecond is double rps ? new ClientRateLimiter(rps, time) : null;
        var transport = new CxoneTransport(http, tokens, ResiliencePipelines.ForApi(options, time, limiter, statistics, logger), statistics, logger);
        var pages = new PageReader(transport, options.PageSize);
        var poller = new StatusPoller(options, time, logger);
        var jobs = new JobCalls(transport, poller);
        var templates = new TemplateCalls(transport, pages, jobs, time, logger);
        return new CxoneClient(
            http,
            tokens,
            limiter,
            statistics,
            templates,
            jobs,
            new TemplateJobConfirmer(templates, jobs, options, time, logger),
            new ThemeCalls(transport, pages, poller, logger),
            new WidgetCalls(transport, pages),
            new AnalyticsCalls(transport));
    }
}
