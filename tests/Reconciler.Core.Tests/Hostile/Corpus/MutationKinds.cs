namespace Reconciler.Core.Tests.Hostile.Corpus;

/// <summary>The families of mutation the corpus holds (issue 9's list, and a few YAML specialities).</summary>
internal static class MutationKinds
{
    public const string Truncation = "truncation";
    public const string TypeSwap = "type-swap";
    public const string WrongType = "wrong-type";
    public const string DeepNesting = "deep-nesting";
    public const string HugeString = "huge-string";
    public const string ControlCharacters = "control-characters";
    public const string InvalidUtf8 = "invalid-utf8";
    public const string DuplicateKey = "duplicate-key";
    public const string AnchorsAliases = "anchors-aliases";
    public const string YamlTags = "yaml-tags";
    public const string Documents = "documents";
    public const string LineEdits = "line-edits";
    public const string SyntaxCharacters = "syntax-characters";
}
