namespace Reconciler.Cxone.Themes;

/// <summary>A theme as a widget lists it.</summary>
public sealed record WidgetTheme
{
    /// <summary>Theme id.</summary>
    public required string Id { get; init; }

    /// <summary>The widget that lists it.</summary>
    public required string WidgetId { get; init; }

    /// <summary>Version tag.</summary>
    public required string VersionTag { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>Background colour.</summary>
    public string BackgroundColor { get => field ?? string.Empty; init; }

    /// <summary>Primary colour.</summary>
    public string PrimaryColor { get => field ?? string.Empty; init; }

    /// <summary>Font.</summary>
    public ThemeFont? Font { get; init; }

    /// <summary>Buttons.</summary>
    public IReadOnlyList<ThemeButton> Buttons { get => field ?? []; init; }

    /// <summary>Corner radius.</summary>
    public int BorderRadiusPx { get; init; }

    /// <summary>Width.</summary>
    public int MaxWidthPx { get; init; }

    /// <summary>Metadata stored with the theme.</summary>
    public ContentMetadata? Metadata { get; init; }

    /// <summary>Activation state.</summary>
    public ThemeState State { get; init; }

    /// <summary>When it was created.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Json.FlexibleTimestampConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>For a copy made by batch sync, the widget the theme was published to; otherwise null.</summary>
    public string? SyncedFrom { get; init; }
}
