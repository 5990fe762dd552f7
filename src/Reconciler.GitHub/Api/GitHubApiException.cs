using System.Net;

namespace Reconciler.GitHub.Api;

/// <summary>
/// A GitHub API call that failed for good. <see cref="IsTransient"/> tells whether it was still
/// failing transiently when retries ran out, or was refused outright (403, 404, 422 …). The message
/// names the call and GitHub's reason, never a header or the token.
/// </summary>
internal sealed class GitHubApiException : Exception
{
    public GitHubApiException(string message, HttpStatusCode? statusCode, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        IsTransient = isTransient;
    }

    /// <summary>GitHub's answer, or null when no answer came (network failure, timeout).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>True when the failure was transient (retries exhausted); false when GitHub refused the call.</summary>
    public bool IsTransient { get; }
}
