namespace Reconciler.Cxone.Themes;

/// <summary>
/// A theme version to publish. <see cref="Id"/> is chosen by the client: derive it
/// deterministically (e.g. a name-based UUID of widget, name and version tag) so a retried publish
/// is recognised as the same theme.
/// </summary>
/// <param name="Id">Client-chosen theme id (a UUID).</param>
/// <param name="VersionTag">Version tag, e.g. <c>v1.2.0</c>; immutable once published.</param>
/// <param name="Name">Theme name (3–100 characters).</param>
/// <param name="BackgroundColor">Background colour <c>#RRGGBB</c>.</param>
/// <param name="PrimaryColor">Primary colour <c>#RRGGBB</c>.</param>
/// <param name="Font">Body font.</param>
/// <param name="Buttons">One to three buttons.</param>
/// <param name="BorderRadiusPx">Corner radius (0–16).</param>
/// <param name="MaxWidthPx">Widget width (280–420).</param>
/// <param name="Metadata">Traceability data.</param>
public sealed record ThemePayload(
    string Id,
    string VersionTag,
    string Name,
    string BackgroundColor,
    string PrimaryColor,
    ThemeFont Font,
    IReadOnlyList<ThemeButton> Buttons,
    int BorderRadiusPx,
    int MaxWidthPx,
    ContentMetadata? Metadata = null);
