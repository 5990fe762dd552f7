namespace Reconciler.Preview.Rendering;

/// <summary>One button as the preview draws it.</summary>
/// <param name="Label">The label (raw; encoded when written).</param>
/// <param name="Background">Checked <c>#rrggbb</c>.</param>
/// <param name="Text">Checked <c>#rrggbb</c>.</param>
/// <param name="Align">CSS <c>align-self</c> value for the position.</param>
public sealed record PreviewButton(string Label, string Background, string Text, string Align);
