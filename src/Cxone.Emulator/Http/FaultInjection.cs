namespace Cxone.Emulator.Http;

/// <summary>
/// Injects transient faults into <c>/api/*</c> calls: a seeded fraction (<see cref="EmulatorOptions.FaultRate"/>,
/// kinds drawn uniformly) and any call carrying <c>X-Emulator-Fault</c>, which forces that one fault
/// so client tests are deterministic.
/// </summary>
internal sealed class FaultInjection(double faultRate, Random random, EmulatorStatistics statistics)
{
    private readonly Lock _lock = new();

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var forced = context.Request.Headers[FaultKinds.Header].ToString();
        FaultKind? fault;
        if (forced.Length > 0)
        {
            var match = FaultKinds.Names.FirstOrDefault(n => string.Equals(n.Name, forced.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match.Name is null)
            {
                await ApiErrorResult.WriteAsync(context.Response, ApiError.BadRequest(
                    $"{FaultKinds.Header} must be one of {string.Join(", ", FaultKinds.Names.Select(n => n.Name))}; got '{forced}'."));
                return;
            }

            fault = match.Kind;
        }
        else
        {
            fault = Draw();
        }

        if (fault is null)
        {
            await next(context);
            return;
        }

        statistics.RecordFault();
        switch (fault.Value)
        {
            case FaultKind.TooManyRequests:
                await ApiErrorResult.WriteAsync(context.Response, new ApiError(StatusCodes.Status429TooManyRequests, "rate_limited",
                    "Too many requests (injected fault); retry after the Retry-After delay.") { RetryAfter = TimeSpan.FromSeconds(1) });
                break;
            case FaultKind.ServerError:
                await ApiErrorResult.WriteAsync(context.Response, new ApiError(StatusCodes.Status500InternalServerError, "server_error",
                    "Internal server error (injected fault); the request was not processed, retry it."));
                break;
            case FaultKind.Unavailable:
                await ApiErrorResult.WriteAsync(context.Response, new ApiError(StatusCodes.Status503ServiceUnavailable, "unavailable",
                    "Service unavailable (injected fault); the request was not processed, retry after the Retry-After delay.") { RetryAfter = TimeSpan.FromSeconds(1) });
                break;
            case FaultKind.Drop:
                RequestLog.MarkDropped(context);
                context.Abort();
                break;
            case FaultKind.DropAfter:
                await ProcessThenDrop(context, next);
                break;
        }
    }

    /// <summary>Runs the request into a buffer that is never sent, then drops the connection.</summary>
    private static async Task ProcessThenDrop(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        await using var discarded = new MemoryStream();
        context.Response.Body = discarded;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
            RequestLog.MarkDropped(context);
            context.Abort();
        }
    }

    private FaultKind? Draw()
    {
        if (faultRate <= 0)
        {
            return null;
        }

        lock (_lock)
        {
            return random.NextDouble() < faultRate ? FaultKinds.Names[random.Next(FaultKinds.Names.Count)].Kind : null;
        }
    }
}
