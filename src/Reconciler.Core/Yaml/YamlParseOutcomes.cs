namespace Reconciler.Core.Yaml;

/// <summary>How a parse ended, as <c>YamlParseOutcome.Outcome</c>.</summary>
internal static class YamlParseOutcomes
{
    /// <summary>The parser reached the end, or the receiver stopped it.</summary>
    public const int Parsed = 0;

    /// <summary>YamlDotNet reported a syntax error, with the position it was found at.</summary>
    public const int SyntaxError = 1;

    /// <summary>YamlDotNet failed without a syntax error; the position is the end of the last event it understood.</summary>
    public const int Unparseable = 2;
}
