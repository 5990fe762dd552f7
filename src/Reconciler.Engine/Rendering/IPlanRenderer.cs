using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Rendering;

/// <summary>Turns a plan into one output format. Renderers read the plan; they never change it.</summary>
public interface IPlanRenderer
{
    /// <summary>Writes <paramref name="plan"/> to <paramref name="output"/>.</summary>
    void Render(Plan plan, TextWriter output);
}
