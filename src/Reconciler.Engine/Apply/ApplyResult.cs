using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Apply;

/// <summary>
/// What apply did, item by item — returned even when it failed part-way, so the report says what
/// was and was not applied.
/// </summary>
public sealed record ApplyResult(Plan Plan, IReadOnlyList<AppliedChange> Items, TimeSpan Duration)
{
    /// <summary>True when every applicable change succeeded.</summary>
    public bool Succeeded => Items.All(i => i.Succeeded);

    public int Applied => Items.Count(i => i.Status == ApplyStatus.Applied);

    public int AlreadyApplied => Items.Count(i => i.Status == ApplyStatus.AlreadyApplied);

    public int Failed => Items.Count(i => i.Status == ApplyStatus.Failed);

    public int NotAttempted => Items.Count(i => i.Status == ApplyStatus.NotAttempted);

    /// <summary>The one-line outcome: "Apply complete: 5 applied, 1 already present." or "Apply failed: …".</summary>
    public string Line => Succeeded
        ? $"Apply complete: {Applied} applied, {AlreadyApplied} already present."
        : $"Apply failed: {Applied} applied, {AlreadyApplied} already present, {Failed} failed, {NotAttempted} not attempted. Fix the failures and run apply again; it resumes where it stopped.";
}
