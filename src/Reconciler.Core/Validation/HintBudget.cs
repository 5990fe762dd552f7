namespace Reconciler.Core.Validation;

/// <summary>
/// How many "did you mean …?" hints one file may still get. A hint compares a name with every
/// candidate; a hostile template with thousands of undeclared placeholders and thousands of
/// declared variables would otherwise spend minutes on hints nobody reads past the first few.
/// </summary>
internal sealed class HintBudget(int hints = HintBudget.PerFile)
{
    /// <summary>Hints per file: far more than a person reads.</summary>
    public const int PerFile = 100;

    private int _left = hints;

    /// <summary>True (and one fewer left) while the budget lasts.</summary>
    public bool TryTake() => _left-- > 0;
}
