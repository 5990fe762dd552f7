using Reconciler.Engine.Apply;
using Reconciler.Engine.Audit;
using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Tests.Audit;

internal static class AuditFixtures
{
    public static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 30, 0, TimeSpan.Zero);

    public static AuditContext Context(string command = "apply") => new(command, "octocat", "0123456789abcdef0123456789abcdef01234567", new FixedTime(Now));

    public static AppliedChange Outcome(ChangeKind kind, ApplyStatus status, double seconds = 1, string? message = null, string id = "tmpl_a", string? locale = "en-US") =>
        new(new PlannedChange { Kind = kind, Id = id, Locale = kind == ChangeKind.Template ? locale : null, Action = ChangeAction.Create, ToVersion = "v2.4", Order = 1 },
            status, message, TimeSpan.FromSeconds(seconds));

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
