namespace Reconciler.Engine.Planning;

/// <summary>What apply will do for one change; the JSON names are SPEC §4's.</summary>
public enum ChangeAction
{
    /// <summary>Live already matches the repository.</summary>
    NoOp,

    /// <summary>Nothing of it exists live yet.</summary>
    Create,

    /// <summary>A new version of something that exists live.</summary>
    Update,

    /// <summary>
    /// Cannot be applied: the version exists live with other content, or the content changed
    /// without a version bump. Blocks apply.
    /// </summary>
    Conflict,

    /// <summary>Live is ahead of the repository or holds what it does not declare; reported, never deleted.</summary>
    Drift,
}
