namespace Reconciler.Cli;

/// <summary>Process exit codes; Terraform's convention for <c>--detailed-exitcode</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Success; for plan, no changes.</summary>
    public const int Success = 0;

    /// <summary>Invalid input or a failure.</summary>
    public const int Failure = 1;

    /// <summary>With <c>--detailed-exitcode</c>: the plan has changes (or drift exists).</summary>
    public const int ChangesPresent = 2;
}
