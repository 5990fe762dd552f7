namespace Reconciler.Engine.Audit;

/// <summary>One line of the audit log. Never carries secrets: only content identities, outcomes and who ran it.</summary>
/// <param name="Timestamp">When it happened (UTC).</param>
/// <param name="Event">One of <see cref="AuditEventNames"/>.</param>
/// <param name="Kind">template, theme, widget, assignment, batchSync or settings.</param>
/// <param name="Id">Template id, theme key or widget id.</param>
/// <param name="Locale">For templates, the locale.</param>
/// <param name="Version">The version concerned, when there is one.</param>
/// <param name="Status">passed, failed, applied, alreadyApplied, notAttempted.</param>
/// <param name="Errors">Validation error messages or apply's failure message, with file:line:col.</param>
/// <param name="Actor">Who ran it: <c>GITHUB_ACTOR</c> or the local user.</param>
/// <param name="Commit">The source commit, or null outside git.</param>
/// <param name="Command">validate, plan or apply.</param>
public sealed record AuditEvent(
    DateTimeOffset Timestamp,
    string Event,
    string Kind,
    string Id,
    string? Locale,
    string? Version,
    string Status,
    IReadOnlyList<string> Errors,
    string Actor,
    string? Commit,
    string Command);
