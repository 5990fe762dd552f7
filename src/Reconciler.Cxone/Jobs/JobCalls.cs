using Reconciler.Cxone.Http;
using Reconciler.Cxone.Json;

namespace Reconciler.Cxone.Jobs;

/// <summary>Reads and waits on asynchronous template jobs.</summary>
internal sealed class JobCalls(CxoneTransport transport, StatusPoller poller)
{
    public Task<JobStatus> GetJobAsync(string jobId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        return transport.SendAsync(Call(jobId), null, TemplateJsonContext.Default.JobStatus, cancellationToken);
    }

    public Task<JobStatus> WaitForJobAsync(string jobId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        return poller.PollAsync(
            $"Job {jobId}",
            Call(jobId).ToString(),
            ct => GetJobAsync(jobId, ct),
            static job => job.IsFinished,
            static job => job.Status.ToString().ToUpperInvariant(),
            cancellationToken);
    }

    private static ApiCall Call(string jobId) => ApiCall.Get("api/v1/jobs/" + ApiCall.Segment(jobId));
}
