using Reconciler.TestSupport;

namespace Reconciler.Preview.Tests.Support;

/// <summary>Theme files for tests: the example content's, or written to a temporary folder.</summary>
internal sealed class ThemeFiles : IDisposable
{
    public ThemeFiles()
    {
        Folder = Path.Combine(Path.GetTempPath(), "preview-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Folder, "themes"));
    }

    public string Folder { get; }

    public static string EnterpriseDark => Path.Combine(RepositoryFiles.ContentExample, "themes", "enterprise-dark.yaml");

    /// <summary>A valid theme with the given overrides of its colours, label and family.</summary>
    public static string Theme(
        string background = "#1A1A1A",
        string text = "#FFFFFF",
        string label = "Start Chat",
        string buttonColour = "#00E676",
        string buttonText = "#000000",
        string family = "Inter") => $"""
        name: Test Theme
        versionTag: v1.0.0
        backgroundColor: "{background}"
        primaryColor: "#00E676"
        font:
          family: '{family.Replace("'", "''", StringComparison.Ordinal)}'
          sizePx: 14
          weight: 400
          color: "{text}"
        buttons:
          - label: '{label.Replace("'", "''", StringComparison.Ordinal)}'
            color: "{buttonColour}"
            textColor: "{buttonText}"
            position: center
        borderRadiusPx: 8
        maxWidthPx: 360
        """;

    public string Write(string name, string yaml)
    {
        var path = Path.Combine(Folder, "themes", name);
        File.WriteAllText(path, yaml);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
