using Reconciler.Core.Diagnostics;
using Reconciler.Engine.Apply;
using Reconciler.Engine.Git;
using Reconciler.Engine.Planning;

namespace Reconciler.GitHub.Tests.Fakes;

/// <summary>Builds plans and apply results for tests; they are plain records.</summary>
internal static class Plans
{
    public const string Commit = "0123456789abcdef0123456789abcdef01234567";

    public static Plan Of(IEnumerable<PlannedChange> changes, IEnumerable<Diagnostic>? diagnostics = null, IReadOnlySet<string>? changedPaths = null) => new()
    {
        Changes = [.. changes],
        Diagnostics = [.. diagnostics ?? []],
        Source = new SourceRevision(Commit, false, "HEAD"),
        Target = "https://cxone.example/api",
        ChangedPaths = changedPaths,
    };

    public static PlannedChange Template(string id, ChangeAction action, string? from = "v1", string? to = "v2", string locale = "en-US", ContentComparison? comparison = null) => new()
    {
        Kind = ChangeKind.Template,
        Id = id,
        Locale = locale,
        Action = action,
        FromVersion = from,
        ToVersion = to,
        Order = 1,
        SourcePath = $"templates/{id}.yaml",
        SourceLine = 2,
        Comparison = comparison,
    };

    public static PlannedChange Theme(string id, ChangeAction action, params string[] notes) => new()
    {
        Kind = ChangeKind.Theme,
        Id = id,
        Action = action,
        FromVersion = null,
        ToVersion = "v1.0.0",
        Order = 0,
        SourcePath = $"themes/{id}.yaml",
        SourceLine = 2,
        Notes = notes,
    };

    public static Diagnostic Error(string file, string code, string message, int line = 3, int column = 5) =>
        new(file, line, column, Severity.Error, code, message);

    public static Diagnostic Warning(string file, string code, string message, int line = 3, int column = 5) =>
        new(file, line, column, Severity.Warning, code, message);

    public static ApplyResult Applied(Plan plan, params (PlannedChange Change, ApplyStatus Status, string? Message)[] items) =>
        new(plan, [.. items.Select(i => new AppliedChange(i.Change, i.Status, i.Message, TimeSpan.FromMilliseconds(1500)))], TimeSpan.FromSeconds(4));
}
