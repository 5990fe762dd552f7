namespace Reconciler.Engine.Audit;

/// <summary>What every audit line of one run shares.</summary>
/// <param name="Command">validate, plan or apply.</param>
/// <param name="Actor">Who ran it.</param>
/// <param name="Commit">The source commit, or null outside git.</param>
/// <param name="Time">The clock for timestamps.</param>
public sealed record AuditContext(string Command, string Actor, string? Commit, TimeProvider Time);
