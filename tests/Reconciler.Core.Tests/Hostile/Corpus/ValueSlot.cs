namespace Reconciler.Core.Tests.Hostile.Corpus;

/// <summary>Where a value is written in a seed file: a block <c>key: value</c> line, or one <c>key: value</c> of a flow mapping.</summary>
/// <param name="Line">0-based line index.</param>
/// <param name="Start">Index in the line where the value starts (the line's length when the value is a nested block).</param>
/// <param name="Length">Length of the value text on that line.</param>
/// <param name="KeyColumn">0-based column of the key; children of a block value are indented further.</param>
/// <param name="InFlow">True inside <c>{ … }</c>, where only flow values fit.</param>
/// <param name="Key">The key's name.</param>
internal sealed record ValueSlot(int Line, int Start, int Length, int KeyColumn, bool InFlow, string Key);
