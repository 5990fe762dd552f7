namespace Reconciler.Cxone.Templates;

// A closed set of outcomes, kept in one file so a reader sees every case at once.

/// <summary>What became of a request to create a template version.</summary>
public abstract record TemplateVersionOutcome
{
    private protected TemplateVersionOutcome()
    {
    }

    /// <summary>The version was created: its job COMPLETED.</summary>
    /// <param name="JobId">The job that created it.</param>
    public sealed record Created(string JobId) : TemplateVersionOutcome;

    /// <summary>
    /// The version already existed with identical content (typically our own earlier attempt whose
    /// answer was lost). Nothing to do.
    /// </summary>
    /// <param name="LiveContentHash">The live version's content hash, when it has one.</param>
    public sealed record AlreadyExists(string? LiveContentHash) : TemplateVersionOutcome;

    /// <summary>The version exists with different content: bump the version.</summary>
    /// <param name="Message">What conflicts and how to fix it.</param>
    /// <param name="LiveContentHash">The live version's content hash, when it has one.</param>
    public sealed record Conflict(string Message, string? LiveContentHash) : TemplateVersionOutcome;

    /// <summary>The job ended FAILED; the version was not created.</summary>
    /// <param name="JobId">The failed job.</param>
    /// <param name="ErrorMessage">CXone's reason.</param>
    public sealed record Failed(string JobId, string ErrorMessage) : TemplateVersionOutcome;
}
