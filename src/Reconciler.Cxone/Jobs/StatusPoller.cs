using Microsoft.Extensions.Logging;
using Reconciler.Cxone.Http;

namespace Reconciler.Cxone.Jobs;

/// <summary>
/// Polls an asynchronous operation until it finishes: delays grow from the initial interval,
/// doubling up to the maximum, and the whole wait is bounded by the deadline. All waiting goes
/// through the <see cref="TimeProvider"/>, so tests advance time instead of sleeping.
/// </summary>
internal sealed class StatusPoller(CxoneClientOptions options, TimeProvider time, ILogger logger)
{
    public async Task<T> PollAsync<T>(
        string subject,
        string call,
        Func<CancellationToken, Task<T>> getStatus,
        Func<T, bool> isFinished,
        Func<T, string> describe,
        CancellationToken cancellationToken)
    {
        long started = time.GetTimestamp();
        TimeSpan delay = options.JobPollInitialInterval;
        while (true)
        {
            T status = await getStatus(cancellationToken).ConfigureAwait(false);
            if (isFinished(status))
            {
                return status;
            }

            TimeSpan remaining = options.JobDeadline - time.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                throw DeadlineExceeded(subject, call, describe(status), options.JobDeadline);
            }

            // The last wait is cut short so the final poll happens at the deadline, not after it.
            TimeSpan wait = delay < remaining ? delay : remaining;
            CxoneLog.Polling(logger, subject, describe(status), (long)wait.TotalMilliseconds);
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.JobPollMaxInterval.Ticks));
        }
    }

    /// <summary>The error for a job or activation still unfinished at the deadline: transient, since CXone may still finish it.</summary>
    internal static CxoneApiException DeadlineExceeded(string subject, string call, string state, TimeSpan deadline) =>
        new(
            $"{subject} was still {state} after {deadline.TotalSeconds:0.#} s, the job deadline. CXone may still finish it: run again to pick up the result, or raise the deadline if jobs on this tenant are slow.",
            call,
            statusCode: null,
            errorCode: "job_deadline_exceeded",
            apiMessage: null,
            missingScope: null,
            isTransient: true);
}
