namespace Reconciler.Cxone.Themes;

/// <summary>A theme's body font.</summary>
/// <param name="Family">Font family, e.g. <c>Inter</c>.</param>
/// <param name="SizePx">Size in pixels (12–24).</param>
/// <param name="Weight">Weight (100–900 in steps of 100).</param>
/// <param name="Color">Text colour <c>#RRGGBB</c>.</param>
public sealed record ThemeFont(string Family, int SizePx, int Weight, string Color);
