using Cxone.Emulator.Auth;
using Cxone.Emulator.Http;
using Cxone.Emulator.Json;
using Cxone.Emulator.State;

namespace Cxone.Emulator.Templates;

/// <summary>Template submission, job status and the template read calls.</summary>
internal static class TemplateEndpoints
{
    public const string Templates = "/api/v1/interactions/digital/templates";

    public static void Map(WebApplication app, EmulatorState state)
    {
        app.MapPost(Templates, context => Submit(context, state)).RequireScopes(EmulatorScopes.TemplatesWrite);
        app.MapGet(Templates, context => ListLatest(context, state)).RequireScopes(EmulatorScopes.TemplatesRead);
        app.MapGet(Templates + "/{templateId}/versions", context => ListVersions(context, state)).RequireScopes(EmulatorScopes.TemplatesRead);
        app.MapGet("/api/v1/jobs/{jobId}", context => GetJob(context, state)).RequireScopes(EmulatorScopes.TemplatesRead);
    }

    private static async Task Submit(HttpContext context, EmulatorState state)
    {
        var (payload, error) = await JsonBody.ReadAsync(context, JsonContexts.Template.TemplatePayload);
        if (error is null)
        {
            var problems = TemplateValidator.Validate(payload!);
            error = problems.Count > 0 ? ApiError.Invalid("Template", problems) : null;
        }

        if (error is not null)
        {
            await error.ToResult().ExecuteAsync(context);
            return;
        }

        var result = state.Run(tx =>
        {
            if (tx.Templates.FindConflict(payload!.TemplateId!, payload.Locale!, payload.Version!) is { } conflict)
            {
                return conflict.ToResult();
            }

            var latency = tx.Options.JobLatency;
            var job = new TemplateJob
            {
                JobId = "job-" + Guid.NewGuid().ToString("N"),
                Payload = payload,
                SubmittedAt = tx.Now,
                RunningAt = tx.Now + (latency / 2),
                CompletesAt = tx.Now + latency,
                FailureMessage = tx.NextJobFails()
                    ? "Simulated processing failure (--job-failure-rate): the version was not created; submit it again."
                    : null,
            };
            tx.Commit(new JournalEntry { Type = JournalEntry.TemplateSubmitted, Job = job });
            return Results.Json(new JobAccepted(job.JobId, job.StatusAt(tx.Now)), JsonContexts.Template.JobAccepted, statusCode: StatusCodes.Status202Accepted);
        });
        await result.ExecuteAsync(context);
    }

    private static Task GetJob(HttpContext context, EmulatorState state)
    {
        var jobId = (string)context.Request.RouteValues["jobId"]!;
        var result = state.Run(tx => tx.Templates.FindJob(jobId) is { } job
            ? Results.Json(
                new JobView(job.JobId, job.StatusAt(tx.Now), job.CompletesAt <= tx.Now ? job.FailureMessage : null, job.TemplateId, job.Locale, job.Version),
                JsonContexts.Template.JobView)
            : ApiError.NotFound($"No job '{jobId}'; job ids come from the 202 answer of a template submission.").ToResult());
        return result.ExecuteAsync(context);
    }

    private static Task ListLatest(HttpContext context, EmulatorState state)
    {
        var result = PageRequest.TryParse(context.Request.Query, out var page) is { } error
            ? error.ToResult()
            : state.Run(tx => new RawJsonPageResult(tx.Templates.ListLatest(page)));
        return result.ExecuteAsync(context);
    }

    private static Task ListVersions(HttpContext context, EmulatorState state)
    {
        var templateId = (string)context.Request.RouteValues["templateId"]!;
        var result = PageRequest.TryParse(context.Request.Query, out var page) is { } error
            ? error.ToResult()
            : state.Run(tx => tx.Templates.ListVersions(templateId, page) is { } versions
                ? new RawJsonPageResult(versions)
                : ApiError.NotFound($"Template '{templateId}' has no versions yet; submit one with POST {Templates}.").ToResult());
        return result.ExecuteAsync(context);
    }
}
