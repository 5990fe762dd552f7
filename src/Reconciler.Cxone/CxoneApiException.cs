using System.Net;

namespace Reconciler.Cxone;

/// <summary>
/// A CXone call failed. Terminal failures (400, 401 after a token refresh, 403, 404, 409) arrive at
/// once; transient ones (429, 5xx, timeouts, dropped connections) only after the retries ran out.
/// The message names the call and says what to do; it never contains a token or a secret.
/// </summary>
public sealed class CxoneApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CxoneApiException()
        : this(string.Empty)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public CxoneApiException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public CxoneApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Call = string.Empty;
    }

    internal CxoneApiException(
        string message,
        string call,
        HttpStatusCode? statusCode,
        string? errorCode,
        string? apiMessage,
        string? missingScope,
        bool isTransient,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Call = call;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ApiMessage = apiMessage;
        MissingScope = missingScope;
        IsTransient = isTransient;
    }

    /// <summary>The call, e.g. <c>POST /api/v1/interactions/digital/templates</c> (never with query values).</summary>
    public string Call { get; }

    /// <summary>The HTTP status of the last answer, or null when no answer came (connection error, timeout).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The API's <c>error</c> code (e.g. <c>insufficient_scope</c>) or a client code such as <c>job_deadline_exceeded</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>The API's own <c>message</c>, when it sent one.</summary>
    public string? ApiMessage { get; }

    /// <summary>For a 403, the scope the token lacks.</summary>
    public string? MissingScope { get; }

    /// <summary>True when trying again later may succeed (the retries for this call are already spent).</summary>
    public bool IsTransient { get; }
}
