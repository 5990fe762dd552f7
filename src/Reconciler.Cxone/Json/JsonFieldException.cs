using System.Text.Json;

namespace Reconciler.Cxone.Json;

/// <summary>
/// A value missing or of the wrong kind at <see cref="Field"/>, a path such as
/// <c>items[3].contentBlocks[1].id</c>. Thrown with the path relative to the object being read;
/// each enclosing reader prefixes its own part on the way out, so the hot path builds no paths.
/// </summary>
internal sealed class JsonFieldException(string field, string problem) : JsonException($"{field} {problem}")
{
    /// <summary>Where, relative to the outermost reader that has seen it.</summary>
    public string Field { get; } = field;

    /// <summary>What is wrong, e.g. "is missing.".</summary>
    public string Problem { get; } = problem;

    /// <summary>The same problem, one level out: <paramref name="parent"/> is e.g. <c>items[3]</c>.</summary>
    public JsonFieldException Under(string parent) => new($"{parent}.{Field}", Problem);
}
