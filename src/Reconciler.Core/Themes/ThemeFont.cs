namespace Reconciler.Core.Themes;

/// <summary>The theme's body font.</summary>
/// <param name="Family">Font family (<c>Inter</c>).</param>
/// <param name="SizePx">Size in px (12–24).</param>
/// <param name="Weight">Weight (100–900, steps of 100).</param>
/// <param name="Color">Text colour <c>#RRGGBB</c>.</param>
public sealed record ThemeFont(string Family, int SizePx, int Weight, string Color);
