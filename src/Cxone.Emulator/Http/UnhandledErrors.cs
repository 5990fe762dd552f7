namespace Cxone.Emulator.Http;

/// <summary>
/// Turns an unexpected exception (say, the disk under <c>--state</c> filling up) into a
/// <c>500 {error: "server_error"}</c> like every other error, and writes what happened to the
/// request log — never a stack trace to the client.
/// </summary>
internal sealed class UnhandledErrors(TextWriter log)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (e is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            log.WriteLine($"error: {context.Request.Method} {context.Request.Path} failed: {e.GetType().Name}: {e.Message}");
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await ApiErrorResult.WriteAsync(context.Response, new ApiError(StatusCodes.Status500InternalServerError, "server_error",
                    "The emulator failed to process the request; see its log. The request may be retried."));
            }
        }
    }
}
