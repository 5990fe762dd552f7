namespace Reconciler.Core.Yaml;

/// <summary>The kinds of <c>YamlEventRecord</c>: numbers, not an enum, so that both copies of this assembly agree on them.</summary>
internal static class YamlEventKinds
{
    public const int DocumentStart = 1;
    public const int Scalar = 2;
    public const int Alias = 3;
    public const int MappingStart = 4;
    public const int MappingEnd = 5;
    public const int SequenceStart = 6;
    public const int SequenceEnd = 7;

    /// <summary>How a record writes the non-specific tag '!'.</summary>
    public const string NonSpecificTag = "!";
}

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
