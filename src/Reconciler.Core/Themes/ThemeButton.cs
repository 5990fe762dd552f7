using Reconciler.Core.Yaml;

namespace Reconciler.Core.Themes;

/// <summary>One button of a theme.</summary>
/// <param name="Label">Label (1–30 characters).</param>
/// <param name="Color">Button colour <c>#RRGGBB</c>.</param>
/// <param name="TextColor">Label colour <c>#RRGGBB</c>.</param>
/// <param name="Position">left, right or center.</param>
/// <param name="IconUrl">Optional https icon URL.</param>
/// <param name="Node">The button's YAML mapping, for positions.</param>
public sealed record ThemeButton(string Label, string Color, string TextColor, string Position, string? IconUrl, YamlMapping Node);
