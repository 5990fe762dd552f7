namespace Reconciler.Core.Templates;

/// <summary>Stable codes for placeholder syntax errors.</summary>
public static class PlaceholderErrorCodes
{
    /// <summary><c>{{</c> with no matching <c>}}</c>.</summary>
    public const string Unclosed = "TPL001";

    /// <summary><c>{{}}</c>, or a path with an empty segment such as <c>{{a..b}}</c>.</summary>
    public const string Empty = "TPL002";

    /// <summary>White space inside the braces.</summary>
    public const string Whitespace = "TPL003";

    /// <summary>A character outside <c>[a-z0-9_.]</c>, such as a hyphen or a capital.</summary>
    public const string InvalidCharacter = "TPL004";

    /// <summary>Stray or tripled braces: <c>}}</c> with no opening, <c>{{{</c>.</summary>
    public const string MalformedBraces = "TPL005";
}
