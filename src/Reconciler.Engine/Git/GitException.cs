namespace Reconciler.Engine.Git;

/// <summary>A git command failed; the message carries git's own words and how to fix it.</summary>
public sealed class GitException : Exception
{
    public GitException(string message) : base(message)
    {
    }

    public GitException(string message, Exception inner) : base(message, inner)
    {
    }

    public GitException()
    {
    }
}
