using System.Globalization;
using System.Text.Json.Nodes;
using Reconciler.Core.Validation;
using Reconciler.Engine.Apply;
using Reconciler.Engine.Audit;
using Reconciler.Engine.Webhooks;

namespace Reconciler.Cli.Commands;

/// <summary>
/// What validate, plan and apply record besides their report: audit-log lines for every
/// validation and apply event, webhook events after each applied version, and apply's metrics.
/// None of it can fail the command; problems become warnings on stderr.
/// </summary>
internal sealed class RunRecorder : IAsyncDisposable
{
    private readonly CliEnvironment _environment;
    private readonly AuditLog? _audit;
    private readonly AuditContext _context;
    private readonly WebhookDispatcher? _webhooks;
    private readonly ValidationOutcome _validation;

    private RunRecorder(CliEnvironment environment, AuditLog? audit, AuditContext context, WebhookDispatcher? webhooks, ValidationOutcome validation)
    {
        _environment = environment;
        _audit = audit;
        _context = context;
        _webhooks = webhooks;
        _validation = validation;
    }

    /// <summary>The audit log option every recording command offers.</summary>
    public static System.CommandLine.Option<string?> AuditLogOption() => new("--audit-log")
    {
        Description = "Append a JSON line per validation (and apply) event to this file. apply defaults to reconciler.yaml's auditLog, relative to the repository.",
    };

    /// <summary>
    /// Starts recording a run of <paramref name="command"/>: resolves the audit log (option first,
    /// then, for apply only, <c>auditLog</c> in reconciler.yaml — validate and plan are dry runs and
    /// leave no file behind unless asked with <c>--audit-log</c>) and writes one validation event per
    /// payload of <paramref name="report"/>. With <paramref name="syncTarget"/>, webhooks are resolved too.
    /// </summary>
    public static RunRecorder Start(CliEnvironment environment, string command, string repoFolder, string? auditLogOption, ValidationReport report, string? commit, string? syncTarget = null)
    {
        var actor = environment.GetVariable("GITHUB_ACTOR") ?? environment.GetVariable("USER") ?? "reconciler";
        var context = new AuditContext(command, actor, commit, TimeProvider.System);
        var path = auditLogOption is not null
            ? environment.ResolvePath(auditLogOption)
            : command == "apply" && report.Content.Settings.AuditLog is { } relative ? Path.GetFullPath(Path.Combine(repoFolder, relative)) : null;
        var audit = path is null ? null : new AuditLog(path);
        var validation = AuditEvents.ForValidation(report, context);
        audit?.Append(validation.Events);

        WebhookDispatcher? webhooks = null;
        if (syncTarget is not null && report.Content.Settings.Webhooks.Count > 0)
        {
            var (targets, warnings) = WebhookTargets.Resolve(report.Content.Settings.Webhooks, environment.GetVariable);
            foreach (var warning in warnings)
            {
                environment.Error.WriteLine("warning: " + warning);
            }

            webhooks = targets.Count > 0 ? new WebhookDispatcher(targets, syncTarget) : null;
        }

        return new RunRecorder(environment, audit, context, webhooks, validation);
    }

    /// <summary>Wraps apply's progress display so the audit log and webhooks hear every finished change too.</summary>
    public IApplyProgress Observe(IApplyProgress display)
    {
        var observers = new List<IApplyProgress> { display };
        if (_audit is not null)
        {
            observers.Add(new AuditProgress(_audit, _context));
        }

        if (_webhooks is not null)
        {
            observers.Add(_webhooks);
        }

        return new ApplyProgressFanOut(observers);
    }

    /// <summary>Waits (bounded) for webhook deliveries, warns about anything not recorded or delivered, and returns apply's metrics.</summary>
    public async Task<ApplyMetrics> FinishAsync(ApplyResult? result)
    {
        if (_webhooks is not null)
        {
            var report = await _webhooks.CompleteAsync(WebhookDefaults.DrainTimeout);
            foreach (var failure in report.Failures)
            {
                _environment.Error.WriteLine("warning: " + failure);
            }

            if (report.Delivered > 0)
            {
                _environment.Error.WriteLine($"webhooks: {report.Delivered} event(s) delivered");
            }
        }

        WarnAboutAudit();
        return ApplyMetrics.From(_validation, result, _audit?.Written ?? 0);
    }

    /// <summary>Reports an audit log that could not be written (for commands without apply).</summary>
    public void WarnAboutAudit()
    {
        if (_audit?.Failure is { } failure)
        {
            _environment.Error.WriteLine("warning: " + failure);
        }
    }

    /// <summary>The metrics as text, after apply's report.</summary>
    public static void WriteMetrics(TextWriter output, ApplyMetrics metrics)
    {
        var latency = metrics.AverageSubmissionLatencySeconds is { } s ? s.ToString("0.000", CultureInfo.InvariantCulture) + " s" : "n/a (no template version created)";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Metrics: validation success rate {metrics.ValidationSuccessRatePercent:0.##}% of {metrics.PayloadsValidated} payloads; average submission latency {latency}; {metrics.VersionsProcessed} version(s) processed; {metrics.AuditLogEntries} audit log entries."));
    }

    /// <summary>The metrics as the <c>metrics</c> object of apply's JSON summary.</summary>
    public static JsonObject MetricsJson(ApplyMetrics metrics) => new()
    {
        ["payloadsValidated"] = metrics.PayloadsValidated,
        ["validationSuccessRatePercent"] = metrics.ValidationSuccessRatePercent,
        ["averageSubmissionLatencySeconds"] = metrics.AverageSubmissionLatencySeconds,
        ["versionsProcessed"] = metrics.VersionsProcessed,
        ["auditLogEntries"] = metrics.AuditLogEntries,
    };

    public async ValueTask DisposeAsync()
    {
        if (_webhooks is not null)
        {
            await _webhooks.DisposeAsync();
        }
    }
}
