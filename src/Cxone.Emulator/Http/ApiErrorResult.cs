using System.Globalization;
using Cxone.Emulator.Json;

namespace Cxone.Emulator.Http;

/// <summary>Writes an <see cref="ApiError"/> with its status, <c>Retry-After</c> and JSON body.</summary>
internal sealed class ApiErrorResult(ApiError error) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext.Response, error);

    public static Task WriteAsync(HttpResponse response, ApiError error)
    {
        response.StatusCode = error.Status;
        if (error.RetryAfter is { } retryAfter)
        {
            var seconds = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds));
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        if (error.Status == StatusCodes.Status401Unauthorized)
        {
            response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        }

        return response.WriteAsJsonAsync(error.ToBody(), JsonContexts.Web.ErrorBody);
    }
}
