using System.Collections.Concurrent;
using System.Diagnostics;
using Reconciler.Cxone;
using Reconciler.Cxone.Jobs;
using Reconciler.Cxone.Templates;
using Reconciler.Engine.Apply.Operations;
using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Apply;

/// <summary>
/// Applies a plan wave by wave (templates and themes, then assignments, then batch syncs), each
/// wave's changes concurrently under a limit. A failure stops only the changes that depend on it;
/// the result always says what was and was not applied. Template versions are submitted first and
/// their jobs confirmed together at the end of the wave, so a slot is never held waiting on a job
/// and confirming costs list pages rather than one poll per version.
/// </summary>
public sealed class Applier
{
    private readonly ICxoneClient _client;
    private readonly OperationRunner _runner;
    private readonly int _concurrency;
    private readonly IApplyProgress? _progress;
    private readonly TimeProvider _time;

    public Applier(ICxoneClient client, int concurrency, IApplyProgress? progress = null, TimeProvider? timeProvider = null)
    {
        _client = client;
        _runner = new OperationRunner(client);
        _concurrency = Math.Max(1, concurrency);
        _progress = progress;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Applies <paramref name="plan"/>.</summary>
    /// <exception cref="PlanNotApplicableException">The plan has errors or conflicts.</exception>
    public async Task<ApplyResult> ApplyAsync(Plan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Errored)
        {
            throw new PlanNotApplicableException(
                $"The plan has {plan.Summary.Errors} error(s) and {plan.Summary.Conflicts} conflict(s); apply refuses to start. Run 'reconciler plan' to see them.");
        }

        var started = _time.GetTimestamp();
        var outcomes = new ConcurrentDictionary<string, AppliedChange>(StringComparer.Ordinal);
        var failedThemes = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        void Record(AppliedChange outcome)
        {
            outcomes[outcome.Change.Address] = outcome;
            if (!outcome.Succeeded && outcome.Change.Kind == ChangeKind.Theme)
            {
                failedThemes[outcome.Change.Id] = true;
            }

            _progress?.Finished(outcome);
        }

        // The template list holds about one entry per (template, locale) the plan looked at: the price of one walk.
        var listedVersions = plan.Changes.Count(c => c.Kind == ChangeKind.Template);
        foreach (var wave in plan.Changes.Where(c => c.IsApplicable).GroupBy(c => c.Order).OrderBy(g => g.Key))
        {
            var submitted = new ConcurrentBag<Submitted>();
            await Parallel.ForEachAsync(
                wave,
                new ParallelOptions { MaxDegreeOfParallelism = _concurrency },
                async (change, _) =>
                {
                    if (await ApplyOneAsync(change, failedThemes, submitted, cancellationToken) is { } outcome)
                    {
                        Record(outcome);
                    }
                });
            if (!submitted.IsEmpty)
            {
                await ConfirmAsync(submitted.ToList(), listedVersions, Record, cancellationToken);
            }
        }

        var items = plan.Changes.Where(c => c.IsApplicable).Select(c => outcomes[c.Address]).ToList();
        return new ApplyResult(plan, items, _time.GetElapsedTime(started));
    }

    /// <summary>The change's outcome, or null when it is a template version submitted and waiting to be confirmed.</summary>
    private async Task<AppliedChange?> ApplyOneAsync(
        PlannedChange change,
        ConcurrentDictionary<string, bool> failedThemes,
        ConcurrentBag<Submitted> submitted,
        CancellationToken cancellationToken)
    {
        var blockedBy = BlockingThemes(change.Operation!).Where(failedThemes.ContainsKey).ToList();
        if (blockedBy.Count > 0)
        {
            return new AppliedChange(change, ApplyStatus.NotAttempted, $"not attempted: theme {string.Join(", ", blockedBy)} failed", TimeSpan.Zero);
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return new AppliedChange(change, ApplyStatus.NotAttempted, "not attempted: apply was cancelled", TimeSpan.Zero);
        }

        _progress?.Started(change);
        var watch = Stopwatch.StartNew();
        try
        {
            if (change.Operation is CreateTemplateVersion create)
            {
                var submission = await _runner.SubmitTemplateAsync(create, cancellationToken);
                if (submission is TemplateSubmission.Accepted accepted)
                {
                    submitted.Add(new Submitted(change, new PendingTemplateJob(create.Payload, accepted.JobId, accepted.SubmittedAt), watch));
                    _progress?.Submitted(change);
                    return null;
                }

                var (judged, said) = OperationRunner.Judge(create, ((TemplateSubmission.Settled)submission).Outcome);
                return new AppliedChange(change, judged, said, watch.Elapsed);
            }

            var (status, message) = await _runner.RunAsync(change.Operation!, cancellationToken);
            return new AppliedChange(change, status, message, watch.Elapsed);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The request may or may not have reached CXone; the next plan shows which, and apply converges.
            return new AppliedChange(change, ApplyStatus.NotAttempted, "interrupted: apply was cancelled while this was in flight; run apply again", watch.Elapsed);
        }
        catch (Exception e)
        {
            // CxoneApiException carries the call and CXone's message; anything else (an unreachable
            // host, an open circuit) is still this item's failure, never the whole run's crash.
            return new AppliedChange(change, ApplyStatus.Failed, Describe(e), watch.Elapsed);
        }
    }

    private async Task ConfirmAsync(List<Submitted> submitted, int listedVersions, Action<AppliedChange> record, CancellationToken cancellationToken)
    {
        var byJob = submitted.ToDictionary(s => s.Job.JobId, StringComparer.Ordinal);
        try
        {
            await foreach (var result in _client.ConfirmTemplateJobsAsync(submitted.Select(s => s.Job).ToList(), listedVersions, cancellationToken))
            {
                if (!byJob.Remove(result.Job.JobId, out var item))
                {
                    continue;
                }

                var create = (CreateTemplateVersion)item.Change.Operation!;
                var (status, message) = result.Outcome is { } outcome
                    ? OperationRunner.Judge(create, outcome)
                    : (ApplyStatus.Failed, $"submitted as job {result.Job.JobId}, but its end could not be learned: {Describe(result.Error!)}");
                record(new AppliedChange(item.Change, status, message, item.Watch.Elapsed));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Handled below: whatever was not confirmed is reported as interrupted.
        }
        catch (Exception e)
        {
            foreach (var item in byJob.Values)
            {
                record(new AppliedChange(item.Change, ApplyStatus.Failed, $"submitted as job {item.Job.JobId}, but confirming it failed: {Describe(e)}", item.Watch.Elapsed));
            }

            return;
        }

        foreach (var item in byJob.Values)
        {
            record(new AppliedChange(
                item.Change,
                ApplyStatus.NotAttempted,
                $"interrupted: submitted as job {item.Job.JobId} but apply was cancelled before it was confirmed; run apply again",
                item.Watch.Elapsed));
        }
    }

    private static string Describe(Exception e) =>
        e is CxoneApiException ? e.Message : $"could not complete the call to CXone: {e.Message}";

    private static IEnumerable<string> BlockingThemes(ApplyOperation operation) => operation switch
    {
        PutAssignments put => put.ThemeKeys,
        SyncTheme sync => [sync.ThemeKey],
        _ => [],
    };

    /// <summary>A template version CXone accepted, waiting for its job to be confirmed.</summary>
    private sealed record Submitted(PlannedChange Change, PendingTemplateJob Job, Stopwatch Watch);
}
