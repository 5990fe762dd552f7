namespace Reconciler.Cxone.Themes;

/// <summary>The activation status of a theme.</summary>
public sealed record ThemeStatus
{
    /// <summary>Theme id.</summary>
    public required string Id { get; init; }

    /// <summary>State.</summary>
    public required ThemeState State { get; init; }

    /// <summary>Why activation failed, when it did.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>True once the theme is ACTIVE or FAILED.</summary>
    public bool IsFinished => State is ThemeState.Active or ThemeState.Failed;
}
