using Cxone.Emulator.Json;

namespace Cxone.Emulator.State;

/// <summary>
/// A submitted template version. Its whole life is fixed at submission: QUEUED until
/// <see cref="RunningAt"/>, RUNNING until <see cref="CompletesAt"/>, then COMPLETED, or FAILED when
/// <see cref="FailureMessage"/> is set. So replaying the record after a restart reproduces it exactly.
/// </summary>
internal sealed class TemplateJob
{
    public required string JobId { get; set; }

    public required TemplatePayload Payload { get; set; }

    public required DateTimeOffset SubmittedAt { get; set; }

    public required DateTimeOffset RunningAt { get; set; }

    public required DateTimeOffset CompletesAt { get; set; }

    public string? FailureMessage { get; set; }

    public string TemplateId => Payload.TemplateId!;

    public string Locale => Payload.Locale!;

    public string Version => Payload.Version!;

    public string StatusAt(DateTimeOffset now) =>
        now < RunningAt ? "QUEUED" : now < CompletesAt ? "RUNNING" : FailureMessage is null ? "COMPLETED" : "FAILED";

    /// <summary>
    /// The version as the list calls show it, serialized once: a version never changes after its
    /// job, and a plan of a large tenant lists every version each time. (A field, so never journaled.)
    /// </summary>
    public byte[] ListedJson(Func<TemplateJob, byte[]> serialize) => _listedJson ??= serialize(this);

    private byte[]? _listedJson;
}

/// <summary>A published theme; like a job, its activation outcome is fixed when it is published.</summary>
internal sealed class ThemeRecord
{
    public required ThemePayload Payload { get; set; }

    public required string WidgetId { get; set; }

    public required DateTimeOffset CreatedAt { get; set; }

    public required DateTimeOffset ActivatesAt { get; set; }

    public string? FailureMessage { get; set; }

    public string Id => Payload.Id!;

    public string StateAt(DateTimeOffset now) =>
        now < ActivatesAt ? "PENDING" : FailureMessage is null ? "ACTIVE" : "FAILED";
}

/// <summary>A theme copied onto another widget by batch sync.</summary>
internal sealed class ThemeSync
{
    public required string WidgetId { get; set; }

    public required string ThemeId { get; set; }

    public required DateTimeOffset At { get; set; }
}

/// <summary>A widget's assignment set, replaced as a whole by each PUT.</summary>
internal sealed class AssignmentSet
{
    public required string WidgetId { get; set; }

    public required string Strategy { get; set; }

    public required List<AssignmentItem> Assignments { get; set; }

    public required DateTimeOffset At { get; set; }
}

/// <summary>A widget that came into existence.</summary>
internal sealed class WidgetCreated
{
    public required string WidgetId { get; set; }

    public required DateTimeOffset At { get; set; }
}

/// <summary>One mutation, as journaled; exactly one payload property is set, named by <see cref="Type"/>.</summary>
internal sealed class JournalEntry
{
    public const string TemplateSubmitted = "template_submitted";
    public const string ThemePublished = "theme_published";
    public const string ThemeSynced = "theme_synced";
    public const string AssignmentsSet = "assignments_set";
    public const string WidgetAdded = "widget_created";

    public long Seq { get; set; }

    public required string Type { get; set; }

    public TemplateJob? Job { get; set; }

    public ThemeRecord? Theme { get; set; }

    public ThemeSync? Sync { get; set; }

    public AssignmentSet? Assignments { get; set; }

    public WidgetCreated? Widget { get; set; }
}

/// <summary>First line of a snapshot file.</summary>
internal sealed class SnapshotHeader
{
    public const string FormatName = "cxone-emulator-state";

    public string? Format { get; set; }

    public int FormatVersion { get; set; }

    public long LastSeq { get; set; }
}
