namespace Reconciler.Engine.Planning;

/// <summary>
/// The dependency order of apply: themes are ACTIVE before the assignments that name them, and
/// assignments are in place before a theme is spread to further widgets. Templates depend on
/// nothing and share the first wave.
/// </summary>
public static class PlanWaves
{
    public const int TemplatesAndThemes = 1;
    public const int Assignments = 2;
    public const int BatchSyncs = 3;
}
