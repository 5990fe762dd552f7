namespace Reconciler.Engine.Planning;

/// <summary>Counts for the one-line summary ("Plan: 3 to create, 1 to update, 12 unchanged").</summary>
public sealed record PlanSummary(int ToCreate, int ToUpdate, int Unchanged, int Conflicts, int Drift, int Errors, int Warnings)
{
    /// <summary>True when apply would send anything.</summary>
    public bool HasChanges => ToCreate + ToUpdate > 0;

    /// <summary>The one-line verdict every renderer ends with.</summary>
    public string Line
    {
        get
        {
            var text = $"Plan: {ToCreate} to create, {ToUpdate} to update, {Unchanged} unchanged";
            if (Conflicts > 0)
            {
                text += $", {Conflicts} conflict{(Conflicts == 1 ? "" : "s")}";
            }

            if (Drift > 0)
            {
                text += $", {Drift} drifted";
            }

            return text + ".";
        }
    }
}
