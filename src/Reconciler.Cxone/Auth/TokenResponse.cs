namespace Reconciler.Cxone.Auth;

/// <summary>The token endpoint's answer. <c>scope</c> is optional (RFC 6749 §5.1 omits it when it equals the request).</summary>
internal sealed record TokenResponse(string AccessToken, int ExpiresIn, string? TokenType = null, string? Scope = null)
{
    // A record prints every property; this one must never print the token.
    public override string ToString() => $"TokenResponse {{ TokenType = {TokenType}, ExpiresIn = {ExpiresIn}, Scope = {Scope} }}";
}
