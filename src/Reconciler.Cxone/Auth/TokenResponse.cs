namespace Reconciler.Cxone.Auth;

/// <summary>The token endpoint's answer.</summary>
internal sealed record TokenResponse(string AccessToken, string? TokenType, int ExpiresIn, string? Scope)
{
    // A record prints every property; this one must never print the token.
    public override string ToString() => $"TokenResponse {{ TokenType = {TokenType}, ExpiresIn = {ExpiresIn}, Scope = {Scope} }}";
}
