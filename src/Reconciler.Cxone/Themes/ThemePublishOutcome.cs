namespace Reconciler.Cxone.Themes;

// A closed set of outcomes, kept in one file so a reader sees every case at once.

/// <summary>What became of a theme publish.</summary>
public abstract record ThemePublishOutcome
{
    private protected ThemePublishOutcome()
    {
    }

    /// <summary>The theme id to assign and sync from now on.</summary>
    public abstract string? ThemeId { get; }

    /// <summary>CXone accepted the theme; wait for it to become ACTIVE.</summary>
    /// <param name="Id">Theme id.</param>
    /// <param name="State">State at acceptance (normally PENDING).</param>
    public sealed record Accepted(string Id, ThemeState State) : ThemePublishOutcome
    {
        /// <inheritdoc />
        public override string? ThemeId => Id;
    }

    /// <summary>
    /// The theme was already published with identical content (typically our own earlier attempt
    /// whose answer was lost). <paramref name="Id"/> is the live theme's id.
    /// </summary>
    /// <param name="Id">Live theme id.</param>
    /// <param name="State">Live state.</param>
    public sealed record AlreadyExists(string Id, ThemeState State) : ThemePublishOutcome
    {
        /// <inheritdoc />
        public override string? ThemeId => Id;
    }

    /// <summary>A theme with this id, or this name and version tag, exists with different content.</summary>
    /// <param name="Message">What conflicts and how to fix it.</param>
    /// <param name="ExistingId">The live theme's id, when CXone named it.</param>
    public sealed record Conflict(string Message, string? ExistingId) : ThemePublishOutcome
    {
        /// <inheritdoc />
        public override string? ThemeId => ExistingId;
    }
}
