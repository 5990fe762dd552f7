namespace Reconciler.Cxone.Themes;

/// <summary>A button of a theme.</summary>
/// <param name="Label">Label (1–30 characters).</param>
/// <param name="Color">Button colour <c>#RRGGBB</c>.</param>
/// <param name="TextColor">Label colour <c>#RRGGBB</c>.</param>
/// <param name="Position"><c>left</c>, <c>right</c> or <c>center</c>.</param>
/// <param name="IconUrl">Optional https icon URL.</param>
public sealed record ThemeButton(string Label, string Color, string TextColor, string Position, string? IconUrl = null);
