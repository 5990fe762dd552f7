namespace Reconciler.Cli.Tests.Reliability;

/// <summary>
/// What <see cref="LiveAudit"/> found. <see cref="Missing"/> are losses (declared but absent),
/// <see cref="Duplicates"/> copies beyond the one expected, <see cref="Extra"/> anything live that
/// differs from or is not in the repository.
/// </summary>
internal sealed record LiveAuditResult(int TemplateVersionsExpected, int Present, int Missing, int Duplicates, int Extra, IReadOnlyList<string> Problems)
{
    public bool Exact => Missing == 0 && Duplicates == 0 && Extra == 0;

    public override string ToString() =>
        $"present {Present}, missing {Missing}, duplicates {Duplicates}, extra {Extra}" +
        (Problems.Count == 0 ? "" : ":\n  " + string.Join("\n  ", Problems.Take(20)));
}
