namespace Reconciler.Engine.Planning;

/// <summary>The stable wire names of kinds and actions (SPEC §4), shared by every renderer.</summary>
public static class ChangeNames
{
    public static string Of(ChangeKind kind) => kind switch
    {
        ChangeKind.Template => "template",
        ChangeKind.Theme => "theme",
        ChangeKind.Assignment => "assignment",
        ChangeKind.BatchSync => "batchSync",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Of(ChangeAction action) => action switch
    {
        ChangeAction.NoOp => "noop",
        ChangeAction.Create => "create",
        ChangeAction.Update => "update",
        ChangeAction.Conflict => "conflict",
        ChangeAction.Drift => "drift",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}
