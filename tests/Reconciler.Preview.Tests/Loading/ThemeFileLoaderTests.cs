using Reconciler.Core.Diagnostics;
using Reconciler.Preview.Loading;
using Reconciler.Preview.Tests.Support;

namespace Reconciler.Preview.Tests.Loading;

public sealed class ThemeFileLoaderTests : IDisposable
{
    private readonly ThemeFiles _files = new();

    [Fact]
    public void Load_ExampleTheme_CanPreviewWithoutDiagnostics()
    {
        var loaded = ThemeFileLoader.Load(ThemeFiles.EnterpriseDark, "themes/enterprise-dark.yaml");

        Assert.True(loaded.CanPreview);
        Assert.Empty(loaded.Diagnostics);
        Assert.Equal("Enterprise Dark Mode", loaded.Theme!.Name);
    }

    [Fact]
    public void Load_MissingFile_OneErrorSayingSo()
    {
        var loaded = ThemeFileLoader.Load(Path.Combine(_files.Folder, "nope.yaml"), "nope.yaml");

        var error = Assert.Single(loaded.Diagnostics);
        Assert.False(loaded.CanPreview);
        Assert.Equal(DiagnosticCodes.UnreadableFile, error.Code);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NotYaml_ErrorNamesTheFile()
    {
        var path = Path.Combine(_files.Folder, "theme.json");
        File.WriteAllText(path, "{}");

        var loaded = ThemeFileLoader.Load(path, "theme.json");

        Assert.False(loaded.CanPreview);
        Assert.Contains("'theme.json' is not a .yaml", Assert.Single(loaded.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedYaml_ErrorAtLineAndColumnUnderTheGivenPath()
    {
        var path = _files.Write("bad.yaml", "name: Test\nversionTag: [v1\n");

        var loaded = ThemeFileLoader.Load(path, "my/bad.yaml");

        Assert.False(loaded.CanPreview);
        var error = Assert.Single(loaded.BlockingErrors);
        Assert.Equal("my/bad.yaml", error.File);
        Assert.True(error.Line >= 2, error.ToString());
    }

    [Fact]
    public void Load_ColourNotHex_BlocksThePreviewWithThePosition()
    {
        var path = _files.Write("red.yaml", ThemeFiles.Theme(background: "red"));

        var loaded = ThemeFileLoader.Load(path, "red.yaml");

        Assert.False(loaded.CanPreview);
        var error = Assert.Single(loaded.BlockingErrors);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Load_OnlyContrastErrors_StillPreviews()
    {
        var path = _files.Write("white.yaml", ThemeFiles.Theme(background: "#FFFFFF", text: "#FFFFFF"));

        var loaded = ThemeFileLoader.Load(path, "white.yaml");

        Assert.True(loaded.CanPreview);
        var contrast = Assert.Single(loaded.Diagnostics);
        Assert.Equal(DiagnosticCodes.BodyContrast, contrast.Code);
        Assert.Contains("1.00:1", contrast.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _files.Dispose();
}
