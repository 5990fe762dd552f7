namespace Reconciler.Cxone.Jobs;

/// <summary>The status of an asynchronous template job.</summary>
public sealed record JobStatus
{
    /// <summary>Job id.</summary>
    public required string JobId { get; init; }

    /// <summary>State.</summary>
    public required JobState Status { get; init; }

    /// <summary>Why the job failed, when it did.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>Template the job creates.</summary>
    public string? TemplateId { get; init; }

    /// <summary>Locale the job creates.</summary>
    public string? Locale { get; init; }

    /// <summary>Version the job creates.</summary>
    public string? Version { get; init; }

    /// <summary>True once the job is COMPLETED or FAILED.</summary>
    public bool IsFinished => Status is JobState.Completed or JobState.Failed;
}
