using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Reconciler.Cxone.Http;
using Reconciler.Cxone.Templates;

namespace Reconciler.Cxone.Jobs;

/// <summary>
/// Learns how many submitted template jobs ended with as few requests as it can. A job that
/// completed shows its version in the template list, tagged with the job id, so when more jobs are
/// pending than the list has pages, one walk of the list confirms them all; jobs the walk did not
/// find (still running, failed, or superseded) are then polled one by one. Under a rate limit this
/// is what lets submissions, not polls, use the request budget.
/// </summary>
internal sealed class TemplateJobConfirmer(
    TemplateCalls templates,
    JobCalls jobs,
    CxoneClientOptions options,
    TimeProvider time,
    ILogger logger)
{
    private const int PollConcurrency = 8;

    public async IAsyncEnumerable<TemplateJobResult> ConfirmAsync(
        IReadOnlyList<PendingTemplateJob> pending,
        int listedVersions,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var notListed = pending.ToList();
        var toPoll = new List<PendingTemplateJob>();
        int pages = Pages(listedVersions);
        if (notListed.Count == 0)
        {
            yield break;
        }

        // Give the newest job the first poll interval before looking: earlier ones had longer.
        TimeSpan wait = notListed.Max(j => j.SubmittedAt) + options.JobPollInitialInterval - time.GetUtcNow();
        TimeSpan delay = options.JobPollInitialInterval;
        while (notListed.Count + toPoll.Count > 0)
        {
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }

            var results = new List<TemplateJobResult>();
            if (notListed.Count > pages)
            {
                CxoneLog.ConfirmingByList(logger, notListed.Count, pages);
                var walk = await ListRoundAsync(notListed, results, cancellationToken).ConfigureAwait(false);
                pages = Math.Max(pages, Pages(walk.Seen));
                notListed = await SortMissingAsync(walk, toPoll, results, cancellationToken).ConfigureAwait(false);
                if (toPoll.Count > 0)
                {
                    toPoll = await PollRoundAsync(toPoll, results, cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                toPoll.AddRange(notListed);
                notListed.Clear();
                toPoll = await PollRoundAsync(toPoll, results, cancellationToken).ConfigureAwait(false);
            }

            foreach (TemplateJobResult result in results)
            {
                yield return result;
            }

            wait = delay;
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.JobPollMaxInterval.Ticks));
        }
    }

    private int Pages(int items) => Math.Max(1, (items + options.PageSize - 1) / options.PageSize);

    /// <summary>Walks the latest-version list once; says how many items it saw, which jobs it found finished and which it did not find.</summary>
    private async Task<ListWalk> ListRoundAsync(
        List<PendingTemplateJob> lookFor,
        List<TemplateJobResult> results,
        CancellationToken cancellationToken)
    {
        var byJob = new Dictionary<string, PendingTemplateJob>(StringComparer.Ordinal);
        var byVersion = new Dictionary<(string, string, string), PendingTemplateJob>();
        foreach (PendingTemplateJob job in lookFor)
        {
            byJob.TryAdd(job.JobId, job);
            byVersion.TryAdd((job.Payload.TemplateId, job.Payload.Locale, job.Payload.Version), job);
        }

        int seen = 0;
        var found = new List<PendingTemplateJob>();
        try
        {
            await foreach (TemplateVersion listed in templates.ListLatestAsync(cancellationToken).ConfigureAwait(false))
            {
                seen++;
                if (Match(listed, byJob, byVersion) is { } job)
                {
                    byJob.Remove(job.JobId);
                    byVersion.Remove((job.Payload.TemplateId, job.Payload.Locale, job.Payload.Version));
                    results.Add(new TemplateJobResult(job, new TemplateVersionOutcome.Created(job.JobId), null));
                    found.Add(job);
                }
            }
        }
        catch (CxoneApiException e)
        {
            // What was found stays found; the rest is polled, which needs no list.
            CxoneLog.ConfirmListFailed(logger, e.Message);
        }

        return new ListWalk(seen, found, byJob.Values.ToList());
    }

    /// <summary>
    /// Decides, for each job a walk did not find, whether to look for it in the list again or to
    /// poll it. A job older than one the walk found finished has most likely ended (FAILED jobs
    /// never appear in the list): poll it. Younger ones are most likely still running: look again,
    /// which costs pages, not one request each. When the walk found nothing, one poll of the
    /// oldest job tells slow jobs (look again) from failed ones (poll them all).
    /// </summary>
    /// <returns>The jobs to look for in the next walk.</returns>
    private async Task<List<PendingTemplateJob>> SortMissingAsync(
        ListWalk walk,
        List<PendingTemplateJob> toPoll,
        List<TemplateJobResult> results,
        CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        var lookAgain = new List<PendingTemplateJob>();
        if (walk.Found.Count > 0)
        {
            DateTimeOffset newestFinished = walk.Found.Max(j => j.SubmittedAt);
            foreach (PendingTemplateJob job in walk.Missing)
            {
                (job.SubmittedAt <= newestFinished || now - job.SubmittedAt >= options.JobDeadline ? toPoll : lookAgain).Add(job);
            }

            return lookAgain;
        }

        if (walk.Missing.Count == 0)
        {
            return lookAgain;
        }

        PendingTemplateJob oldest = walk.Missing.MinBy(j => j.SubmittedAt)!;
        var probe = await PollRoundAsync([oldest], results, cancellationToken).ConfigureAwait(false);
        bool stillRunning = probe.Count == 1 && now - oldest.SubmittedAt < options.JobDeadline;
        foreach (PendingTemplateJob job in walk.Missing.Where(j => !ReferenceEquals(j, oldest)))
        {
            (stillRunning ? lookAgain : toPoll).Add(job);
        }

        if (stillRunning)
        {
            lookAgain.Add(oldest);
        }

        return lookAgain;
    }

    private static PendingTemplateJob? Match(
        TemplateVersion listed,
        Dictionary<string, PendingTemplateJob> byJob,
        Dictionary<(string, string, string), PendingTemplateJob> byVersion)
    {
        if (listed.JobId is { Length: > 0 } jobId)
        {
            return byJob.GetValueOrDefault(jobId);
        }

        // A server that does not say which job made a version: the same version with our content hash is ours.
        return byVersion.GetValueOrDefault((listed.TemplateId, listed.Locale, listed.Version)) is { } job
            && job.Payload.Metadata?.ContentHash is { } hash
            && string.Equals(hash, listed.Metadata?.ContentHash, StringComparison.Ordinal)
                ? job
                : null;
    }

    /// <summary>Polls each job once; returns those still running within their deadline.</summary>
    private async Task<List<PendingTemplateJob>> PollRoundAsync(
        List<PendingTemplateJob> toPoll,
        List<TemplateJobResult> results,
        CancellationToken cancellationToken)
    {
        var running = new List<PendingTemplateJob>();
        var gate = new object();
        await Parallel.ForEachAsync(
            toPoll,
            new ParallelOptions { MaxDegreeOfParallelism = PollConcurrency, CancellationToken = cancellationToken },
            async (job, ct) =>
            {
                TemplateJobResult? result;
                try
                {
                    JobStatus status = await jobs.GetJobAsync(job.JobId, ct).ConfigureAwait(false);
                    result = status.IsFinished
                        ? new TemplateJobResult(job, (TemplateVersionOutcome?)TemplateCalls.Finished(status) ?? new TemplateVersionOutcome.Created(job.JobId), null)
                        : PastDeadline(job, status);
                }
                catch (CxoneApiException e)
                {
                    result = new TemplateJobResult(job, null, e);
                }

                lock (gate)
                {
                    if (result is null)
                    {
                        running.Add(job);
                    }
                    else
                    {
                        results.Add(result);
                    }
                }
            }).ConfigureAwait(false);
        return running;
    }

    private TemplateJobResult? PastDeadline(PendingTemplateJob job, JobStatus status)
    {
        if (time.GetUtcNow() - job.SubmittedAt < options.JobDeadline)
        {
            return null;
        }

        var error = StatusPoller.DeadlineExceeded(
            $"Job {job.JobId}", "GET /api/v1/jobs/" + job.JobId, status.Status.ToString().ToUpperInvariant(), options.JobDeadline);
        return new TemplateJobResult(job, null, error);
    }

    /// <summary>One walk of the template list: items seen, jobs found finished, jobs not found.</summary>
    private sealed record ListWalk(int Seen, List<PendingTemplateJob> Found, List<PendingTemplateJob> Missing);
}
