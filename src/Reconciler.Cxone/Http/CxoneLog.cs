using Microsoft.Extensions.Logging;

namespace Reconciler.Cxone.Http;

/// <summary>
/// Every log line the client writes. None takes a token, a secret or a request body, so none can
/// leak one; calls are logged as method and path only.
/// </summary>
internal static partial class CxoneLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "{Call} answered {StatusCode} in {ElapsedMs} ms")]
    public static partial void Answered(ILogger logger, string call, int statusCode, long elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "{Call} got no answer after {ElapsedMs} ms: {Reason}")]
    public static partial void NoAnswer(ILogger logger, string call, long elapsedMs, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Retrying {Call} in {DelayMs} ms (retry {Retry} of {MaxRetries}) after {Reason}")]
    public static partial void Retrying(ILogger logger, string call, long delayMs, int retry, int maxRetries, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Obtained an access token for client '{ClientId}', valid for {ExpiresInSeconds} s, scopes: {Scopes}")]
    public static partial void TokenObtained(ILogger logger, string clientId, int expiresInSeconds, string scopes);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "{Call} answered 401; refreshing the access token and trying once more")]
    public static partial void RefreshingAfter401(ILogger logger, string call);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "CXone calls are failing; circuit opened for {BreakMs} ms")]
    public static partial void CircuitOpened(ILogger logger, long breakMs);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "CXone calls are succeeding again; circuit closed")]
    public static partial void CircuitClosed(ILogger logger);

    [LoggerMessage(EventId = 8, Level = LogLevel.Debug, Message = "{Subject} is {State}; polling again in {DelayMs} ms")]
    public static partial void Polling(ILogger logger, string subject, string state, long delayMs);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "{Subject} already exists with identical content; nothing to create")]
    public static partial void AlreadyExists(ILogger logger, string subject);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "{Subject} is already being created by job {JobId}; waiting for it")]
    public static partial void WaitingForInFlightJob(ILogger logger, string subject, string jobId);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "{Subject} exists with different content: {Message}")]
    public static partial void Conflict(ILogger logger, string subject, string message);

    [LoggerMessage(EventId = 12, Level = LogLevel.Debug, Message = "Confirming {Pending} template job(s) by listing templates ({Pages} page(s) instead of {Pending} polls)")]
    public static partial void ConfirmingByList(ILogger logger, int pending, int pages);

    [LoggerMessage(EventId = 13, Level = LogLevel.Warning, Message = "Listing templates to confirm jobs failed ({Message}); polling each job instead")]
    public static partial void ConfirmListFailed(ILogger logger, string message);
}
