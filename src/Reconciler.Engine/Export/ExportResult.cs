namespace Reconciler.Engine.Export;

/// <summary>What an export wrote, and what people should know about it.</summary>
public sealed record ExportResult(int Templates, int Themes, int Widgets, IReadOnlyList<string> Files, IReadOnlyList<string> Warnings)
{
    public string Line => $"Exported {Templates} template(s), {Themes} theme(s) and {Widgets} widget(s) into {Files.Count} file(s).";
}
