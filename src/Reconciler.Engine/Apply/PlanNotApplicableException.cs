namespace Reconciler.Engine.Apply;

/// <summary>Apply was handed a plan with validation errors or conflicts.</summary>
public sealed class PlanNotApplicableException : Exception
{
    public PlanNotApplicableException(string message) : base(message)
    {
    }

    public PlanNotApplicableException()
    {
    }

    public PlanNotApplicableException(string message, Exception inner) : base(message, inner)
    {
    }
}
