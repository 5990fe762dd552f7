namespace Reconciler.Cxone.Templates;

// A closed set of answers, kept in one file so a reader sees every case at once.

/// <summary>What submitting a template version gave, before its job is waited on.</summary>
public abstract record TemplateSubmission
{
    private protected TemplateSubmission()
    {
    }

    /// <summary>CXone accepted the version; its job decides the outcome (confirm it with the job id).</summary>
    /// <param name="JobId">The job creating the version.</param>
    /// <param name="SubmittedAt">When CXone accepted it (the client's clock), which starts the job's deadline.</param>
    public sealed record Accepted(string JobId, DateTimeOffset SubmittedAt) : TemplateSubmission;

    /// <summary>
    /// Nothing left to wait for: the version already existed (identical or conflicting), or an
    /// in-flight job for it was waited on and failed.
    /// </summary>
    /// <param name="Outcome">The final outcome.</param>
    public sealed record Settled(TemplateVersionOutcome Outcome) : TemplateSubmission;
}
