namespace Reconciler.Engine.Apply;

/// <summary>What happened to one change during apply.</summary>
public enum ApplyStatus
{
    /// <summary>Sent and confirmed by CXone (job COMPLETED, theme ACTIVE, call accepted).</summary>
    Applied,

    /// <summary>CXone already held exactly this content (e.g. a rerun after an interruption).</summary>
    AlreadyApplied,

    /// <summary>CXone refused it or its job failed; the message says why.</summary>
    Failed,

    /// <summary>Not attempted: something it depends on failed, or apply was cancelled first.</summary>
    NotAttempted,
}
