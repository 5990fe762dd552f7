// One parser event, and how a parse ended, as framework types only (see YamlEventRecorder).
// Kind is one of YamlEventKinds; Style is YamlDotNet's ScalarStyle as a number; IsImplicit is a
// document start's; Tag is null, "!" for the non-specific tag, or the full tag; Value is a scalar's
// text or an alias's anchor name.
global using YamlEventRecord = (int Kind, int Style, bool IsImplicit, long Start, string? Value, string? Tag, string? Anchor);

// Outcome is one of YamlParseOutcomes; Start and End are character indexes of a syntax error.
global using YamlParseOutcome = (int Outcome, string? Message, long Start, long End);
