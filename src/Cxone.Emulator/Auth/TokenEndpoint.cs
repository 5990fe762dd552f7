using System.Text;
using Cxone.Emulator.Json;

namespace Cxone.Emulator.Auth;

/// <summary><c>POST /oauth/token</c>: the OAuth 2.0 client-credentials grant (RFC 6749 §4.4).</summary>
internal static class TokenEndpoint
{
    public const string Route = "/oauth/token";

    public static void Map(WebApplication app, TokenStore tokens, EmulatorOptions options) =>
        app.MapPost(Route, context => Issue(context, tokens, options));

    private static async Task Issue(HttpContext context, TokenStore tokens, EmulatorOptions options)
    {
        if (!context.Request.HasFormContentType)
        {
            await Fail(context, 400, "invalid_request", "Send the token request as application/x-www-form-urlencoded with grant_type=client_credentials.");
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["grant_type"] != "client_credentials")
        {
            await Fail(context, 400, "unsupported_grant_type", $"grant_type must be client_credentials; got '{form["grant_type"]}'.");
            return;
        }

        if (!TryReadCredentials(context.Request, form, out var clientId, out var clientSecret))
        {
            await Fail(context, 401, "invalid_client",
                "No client credentials: send client_id and client_secret in the form, or use HTTP Basic authentication.");
            return;
        }

        if (tokens.Authenticate(clientId, clientSecret) is not { } client)
        {
            await Fail(context, 401, "invalid_client", "Unknown client or wrong secret; check the client id and secret.");
            return;
        }

        var allowed = new HashSet<string>(client.Scopes, StringComparer.Ordinal);
        var requested = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var refused = requested.Where(s => !allowed.Contains(s)).ToList();
        if (refused.Count > 0)
        {
            await Fail(context, 400, "invalid_scope",
                $"Client '{client.ClientId}' may not be granted {string.Join(", ", refused)}; it has: {string.Join(" ", client.Scopes)}.");
            return;
        }

        var granted = requested.Length > 0 ? new HashSet<string>(requested, StringComparer.Ordinal) : allowed;
        var (token, _) = tokens.Issue(client, granted);
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsJsonAsync(
            new TokenResponse(token, "Bearer", (long)options.TokenTtl.TotalSeconds, string.Join(' ', granted.Order(StringComparer.Ordinal))),
            JsonContexts.Web.TokenResponse);
    }

    private static bool TryReadCredentials(HttpRequest request, IFormCollection form, out string clientId, out string clientSecret)
    {
        clientId = clientSecret = "";
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
                var colon = decoded.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0)
                {
                    return false;
                }

                // RFC 6749 §2.3.1: both parts are form-urlencoded before Basic encoding.
                clientId = Uri.UnescapeDataString(decoded[..colon].Replace('+', ' '));
                clientSecret = Uri.UnescapeDataString(decoded[(colon + 1)..].Replace('+', ' '));
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        if (form["client_id"] is [{ } id] && form["client_secret"] is [{ } secret])
        {
            clientId = id;
            clientSecret = secret;
            return true;
        }

        return false;
    }

    private static Task Fail(HttpContext context, int status, string error, string message)
    {
        context.Response.StatusCode = status;
        if (status == 401)
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"cxone-emulator\"";
        }

        return context.Response.WriteAsJsonAsync(new TokenError(error, message, message), JsonContexts.Web.TokenError);
    }
}
