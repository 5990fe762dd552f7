using System.Net;
using System.Text;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Reconciler.Cxone.Json;

namespace Reconciler.Cxone.Http;

/// <summary>
/// Turns failed answers and transport failures into <see cref="CxoneApiException"/>s whose
/// message names the call, quotes CXone and says what to do.
/// </summary>
internal static class ApiErrors
{
    private const int MaxQuotedBody = 300;

    public static ApiErrorBody? TryParse(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, TemplateJsonContext.Default.ApiErrorBody);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static CxoneApiException FromResponse(ApiResponse response)
    {
        ApiErrorBody? error = TryParse(response.Body);
        int status = (int)response.StatusCode;
        string code = error?.Error ?? CodeFor(response.StatusCode);
        string apiMessage = error?.Message ?? QuoteBody(response.Body);
        bool transient = TransientOutcomes.IsTransientStatus(response.StatusCode);
        string? missingScope = response.StatusCode == HttpStatusCode.Forbidden ? error?.Scope : null;

        string message = response.StatusCode switch
        {
            HttpStatusCode.Forbidden when missingScope is not null =>
                $"CXone refused {response.Call}: 403 {code} — the token lacks scope '{missingScope}'; grant it to the API client. (CXone said: {apiMessage})",
            HttpStatusCode.Forbidden =>
                $"CXone refused {response.Call}: 403 {code} — {apiMessage}. Check the scopes granted to the API client.",
            HttpStatusCode.Unauthorized =>
                $"CXone refused {response.Call}: 401 {code} even with a freshly issued token — {apiMessage}. Check that the API client is enabled and that the token URL belongs to this tenant.",
            HttpStatusCode.NotFound =>
                $"CXone refused {response.Call}: 404 {code} — {apiMessage}. Check the id and the base URL.",
            _ when transient =>
                $"CXone kept failing {response.Call}: {status} {code} after {response.Attempts} attempt(s) — {apiMessage}. This is usually temporary; try again later.",
            _ => $"CXone refused {response.Call}: {status} {code} — {apiMessage}",
        };

        return new CxoneApiException(message, response.Call.ToString(), response.StatusCode, code, error?.Message, missingScope, transient);
    }

    public static CxoneApiException FromException(ApiCall call, Exception exception, int attempts)
    {
        (string code, string what) = exception switch
        {
            TimeoutRejectedException => ("timeout", "each attempt timed out"),
            BrokenCircuitException => ("circuit_open", "too many recent failures opened the circuit breaker"),
            _ => ("connection_failed", $"the connection failed ({Describe(exception)})"),
        };

        string message = $"Could not complete {call} after {attempts} attempt(s): {what}. Check that CXone is reachable at the configured base URL; this is usually temporary.";
        return new CxoneApiException(message, call.ToString(), null, code, null, null, isTransient: true, exception);
    }

    public static CxoneApiException UnexpectedBody(ApiCall call, HttpStatusCode status, Exception? cause) =>
        new(
            $"CXone answered {call} with {(int)status} but a body the client could not read ({cause?.Message ?? "empty"}). The API may have changed; report this with the call.",
            call.ToString(),
            status,
            "unexpected_response",
            null,
            null,
            isTransient: false,
            cause);

    /// <summary>The innermost exception, whose message says what actually happened ("Connection reset by peer").</summary>
    public static Exception Innermost(Exception exception)
    {
        Exception inner = exception;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        return inner;
    }

    private static string Describe(Exception exception) => Innermost(exception).Message;

    private static string CodeFor(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => "invalid_request",
        HttpStatusCode.Unauthorized => "unauthorized",
        HttpStatusCode.Forbidden => "insufficient_scope",
        HttpStatusCode.NotFound => "not_found",
        HttpStatusCode.Conflict => "conflict",
        HttpStatusCode.TooManyRequests => "rate_limited",
        _ => "http_" + ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string QuoteBody(byte[] body)
    {
        if (body.Length == 0)
        {
            return "no details given";
        }

        string text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, MaxQuotedBody)).ReplaceLineEndings(" ").Trim();
        return body.Length > MaxQuotedBody ? text + "…" : text;
    }
}
