namespace Cxone.Emulator.Auth;

/// <summary>Endpoint metadata: the scopes a token needs for this call (all of them).</summary>
internal sealed record RequiredScopes(IReadOnlyList<string> Scopes);

/// <summary>Declares an endpoint's scopes where it is mapped, so the rule sits next to the route.</summary>
internal static class RequiredScopesExtensions
{
    public static TBuilder RequireScopes<TBuilder>(this TBuilder builder, params string[] scopes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiredScopes(scopes));
}
