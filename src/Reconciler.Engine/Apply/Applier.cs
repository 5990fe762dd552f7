using System.Collections.Concurrent;
using System.Diagnostics;
using Reconciler.Cxone;
using Reconciler.Engine.Apply.Operations;
using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Apply;

/// <summary>
/// Applies a plan wave by wave (templates and themes, then assignments, then batch syncs), each
/// wave's changes concurrently under a limit. A failure stops only the changes that depend on it;
/// the result always says what was and was not applied.
/// </summary>
public sealed class Applier
{
    private readonly OperationRunner _runner;
    private readonly int _concurrency;
    private readonly IApplyProgress? _progress;
    private readonly TimeProvider _time;

    public Applier(ICxoneClient client, int concurrency, IApplyProgress? progress = null, TimeProvider? timeProvider = null)
    {
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
        foreach (var wave in plan.Changes.Where(c => c.IsApplicable).GroupBy(c => c.Order).OrderBy(g => g.Key))
        {
            await Parallel.ForEachAsync(
                wave,
                new ParallelOptions { MaxDegreeOfParallelism = _concurrency },
                async (change, _) =>
                {
                    var outcome = await ApplyOneAsync(change, failedThemes, cancellationToken);
                    outcomes[change.Address] = outcome;
                    if (!outcome.Succeeded && change.Kind == ChangeKind.Theme)
                    {
                        failedThemes[change.Id] = true;
                    }

                    _progress?.Finished(outcome);
                });
        }

        var items = plan.Changes.Where(c => c.IsApplicable).Select(c => outcomes[c.Address]).ToList();
        return new ApplyResult(plan, items, _time.GetElapsedTime(started));
    }

    private async Task<AppliedChange> ApplyOneAsync(PlannedChange change, ConcurrentDictionary<string, bool> failedThemes, CancellationToken cancellationToken)
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
            var message = e is CxoneApiException ? e.Message : $"could not complete the call to CXone: {e.Message}";
            return new AppliedChange(change, ApplyStatus.Failed, message, watch.Elapsed);
        }
    }

    private static IEnumerable<string> BlockingThemes(ApplyOperation operation) => operation switch
    {
        PutAssignments put => put.ThemeKeys,
        SyncTheme sync => [sync.ThemeKey],
        _ => [],
    };
}
