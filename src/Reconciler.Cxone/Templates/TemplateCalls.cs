using System.Net;
using Microsoft.Extensions.Logging;
using Reconciler.Cxone.Http;
using Reconciler.Cxone.Jobs;
using Reconciler.Cxone.Json;

namespace Reconciler.Cxone.Templates;

/// <summary>
/// Template calls. Creating a version is safe to retry because CXone answers 409 for a version
/// that exists or is being created; the 409 is then judged by content, so our own earlier attempt
/// whose answer was lost reads as <see cref="TemplateVersionOutcome.AlreadyExists"/>.
/// </summary>
internal sealed class TemplateCalls(CxoneTransport transport, PageReader pages, JobCalls jobs, TimeProvider time, ILogger logger)
{
    private const string TemplatesPath = "api/v1/interactions/digital/templates";

    public async Task<string> SubmitAsync(TemplatePayload payload, CancellationToken cancellationToken)
    {
        ApiResponse response = await PostAsync(payload, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            throw ApiErrors.FromResponse(response);
        }

        return ReadJobId(response);
    }

    public async Task<TemplateVersionOutcome> CreateVersionAsync(TemplatePayload payload, CancellationToken cancellationToken)
    {
        TemplateSubmission submission = await SubmitVersionAsync(payload, cancellationToken).ConfigureAwait(false);
        if (submission is TemplateSubmission.Settled settled)
        {
            return settled.Outcome;
        }

        JobStatus job = await jobs.WaitForJobAsync(((TemplateSubmission.Accepted)submission).JobId, cancellationToken).ConfigureAwait(false);
        return (TemplateVersionOutcome?)Finished(job) ?? new TemplateVersionOutcome.Created(job.JobId);
    }

    public async Task<TemplateSubmission> SubmitVersionAsync(TemplatePayload payload, CancellationToken cancellationToken)
    {
        ApiResponse response = await PostAsync(payload, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccess)
        {
            return new TemplateSubmission.Accepted(ReadJobId(response), time.GetUtcNow());
        }

        if (response.StatusCode != HttpStatusCode.Conflict)
        {
            throw ApiErrors.FromResponse(response);
        }

        ApiErrorBody? conflict = ApiErrors.TryParse(response.Body);
        string subject = Subject(payload);
        if (conflict?.JobId is { Length: > 0 } inFlightJobId)
        {
            // Someone — most likely our own attempt whose answer was lost — is creating this version now.
            CxoneLog.WaitingForInFlightJob(logger, subject, inFlightJobId);
            JobStatus job = await jobs.WaitForJobAsync(inFlightJobId, cancellationToken).ConfigureAwait(false);
            if (Finished(job) is { } failed)
            {
                return new TemplateSubmission.Settled(failed);
            }
        }

        return new TemplateSubmission.Settled(await JudgeExistingAsync(payload, conflict, subject, cancellationToken).ConfigureAwait(false));
    }

    public IAsyncEnumerable<TemplateVersion> ListLatestAsync(CancellationToken cancellationToken) =>
        pages.ReadAllAsync(TemplatesPath, null, TemplatePageJson.Parse, cancellationToken);

    public IAsyncEnumerable<TemplateVersion> ListVersionsAsync(string templateId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(templateId);
        return pages.ReadAllAsync(
            $"{TemplatesPath}/{ApiCall.Segment(templateId)}/versions",
            null,
            TemplatePageJson.Parse,
            cancellationToken);
    }

    internal static TemplateVersionOutcome.Failed? Finished(JobStatus job) =>
        job.Status == JobState.Failed
            ? new TemplateVersionOutcome.Failed(job.JobId, job.ErrorMessage ?? "CXone gave no reason")
            : null;

    private static string Subject(TemplatePayload payload) => $"Template {payload.TemplateId} {payload.Locale} {payload.Version}";

    private static string ReadJobId(ApiResponse response)
    {
        SubmitTemplateResponse submitted = CxoneTransport.Read(response, TemplateJsonContext.Default.SubmitTemplateResponse);
        return string.IsNullOrEmpty(submitted.JobId)
            ? throw ApiErrors.UnexpectedBody(response.Call, response.StatusCode, new FormatException("jobId is missing"))
            : submitted.JobId;
    }

    private Task<ApiResponse> PostAsync(TemplatePayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        byte[] body = CxoneTransport.Serialize(payload, TemplateJsonContext.Default.TemplatePayload);
        return transport.SendAsync(ApiCall.Post(TemplatesPath), body, cancellationToken);
    }

    private async Task<TemplateVersionOutcome> JudgeExistingAsync(
        TemplatePayload payload,
        ApiErrorBody? conflict,
        string subject,
        CancellationToken cancellationToken)
    {
        string? ourHash = payload.Metadata?.ContentHash;
        string? liveHash = conflict?.Existing?.ContentHash;
        if (ourHash is not null && string.Equals(ourHash, liveHash, StringComparison.Ordinal))
        {
            CxoneLog.AlreadyExists(logger, subject);
            return new TemplateVersionOutcome.AlreadyExists(liveHash);
        }

        // Different or missing hashes: compare the content itself, which a change of hash recipe cannot fool.
        TemplateVersion? live = null;
        await foreach (TemplateVersion version in ListVersionsAsync(payload.TemplateId, cancellationToken).ConfigureAwait(false))
        {
            if (version.Locale == payload.Locale && version.Version == payload.Version)
            {
                live = version;
                break;
            }
        }

        liveHash = live?.Metadata?.ContentHash ?? liveHash;
        if (live is not null && TemplateContent.Matches(payload, live))
        {
            CxoneLog.AlreadyExists(logger, subject);
            return new TemplateVersionOutcome.AlreadyExists(liveHash);
        }

        string message = live is null
            ? $"{subject} is reported to exist but could not be read back ({conflict?.Message ?? "no details"}); check it in CXone before retrying."
            : $"{subject} already exists in CXone with different content; versions are immutable, so bump the version (e.g. after {payload.Version}) to publish this change.";
        CxoneLog.Conflict(logger, subject, message);
        return new TemplateVersionOutcome.Conflict(message, liveHash);
    }
}
