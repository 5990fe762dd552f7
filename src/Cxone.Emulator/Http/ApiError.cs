using Cxone.Emulator.Json;

namespace Cxone.Emulator.Http;

/// <summary>An error answer as a value: status, <c>{error, message}</c> and the extras some errors carry.</summary>
internal sealed record ApiError(int Status, string Code, string Message)
{
    public IReadOnlyList<string>? Details { get; init; }

    public string? Scope { get; init; }

    public ExistingTemplate? Existing { get; init; }

    public string? JobId { get; init; }

    public string? ExistingId { get; init; }

    /// <summary>Sent as <c>Retry-After</c> (whole seconds, at least 1).</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static ApiError BadRequest(string message, IReadOnlyList<string>? details = null) =>
        new(StatusCodes.Status400BadRequest, "invalid_request", message) { Details = details };

    /// <summary>A 400 listing every problem found, so one round trip shows them all.</summary>
    public static ApiError Invalid(string what, IReadOnlyList<string> problems) =>
        BadRequest($"{what} is invalid: {string.Join("; ", problems)}", problems);

    public static ApiError NotFound(string message) => new(StatusCodes.Status404NotFound, "not_found", message);

    public static ApiError Conflict(string message) => new(StatusCodes.Status409Conflict, "conflict", message);

    public ErrorBody ToBody() => new(Code, Message)
    {
        Details = Details,
        Scope = Scope,
        Existing = Existing,
        JobId = JobId,
        ExistingId = ExistingId,
    };

    public IResult ToResult() => new ApiErrorResult(this);
}
