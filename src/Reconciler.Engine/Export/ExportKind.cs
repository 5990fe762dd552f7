namespace Reconciler.Engine.Export;

/// <summary>What <c>export</c> writes.</summary>
public enum ExportKind
{
    Templates,
    Themes,
    Widgets,
}
