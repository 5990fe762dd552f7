using Cxone.Emulator.Http;

namespace Cxone.Emulator.Auth;

/// <summary>
/// Checks the bearer token and the endpoint's <see cref="RequiredScopes"/>: missing, unknown or
/// expired token → 401; a scope missing from the token → 403 naming it. Stores the client id for
/// the rate limiter.
/// </summary>
internal sealed class BearerAuthentication(TokenStore tokens, TimeProvider time)
{
    private const string ClientIdKey = "cxone-emulator.client-id";

    public static string? ClientIdOf(HttpContext context) => context.Items[ClientIdKey] as string;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<RequiredScopes>() is not { } required)
        {
            await next(context);
            return;
        }

        if (Check(context, required) is { } error)
        {
            await ApiErrorResult.WriteAsync(context.Response, error);
            return;
        }

        await next(context);
    }

    private ApiError? Check(HttpContext context, RequiredScopes required)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= "Bearer ".Length)
        {
            return Unauthorized("Missing bearer token: send 'Authorization: Bearer <access_token>' from POST /oauth/token.");
        }

        if (tokens.Find(header["Bearer ".Length..].Trim()) is not { } grant)
        {
            return Unauthorized("The access token is not valid (unknown, or issued before the emulator restarted); request a new one from POST /oauth/token.");
        }

        if (grant.ExpiresAt <= time.GetUtcNow())
        {
            return Unauthorized("The access token has expired; request a new one from POST /oauth/token.");
        }

        context.Items[ClientIdKey] = grant.ClientId;
        foreach (var scope in required.Scopes)
        {
            if (!grant.Scopes.Contains(scope))
            {
                return new ApiError(StatusCodes.Status403Forbidden, "insufficient_scope",
                    $"This call needs the scope '{scope}', which the token lacks; request it in the token's 'scope' and make sure client '{grant.ClientId}' is allowed it.")
                { Scope = scope };
            }
        }

        return null;
    }

    private static ApiError Unauthorized(string message) => new(StatusCodes.Status401Unauthorized, "unauthorized", message);
}
