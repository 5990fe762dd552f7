using Reconciler.Core.Content;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Tests.Support;
using Reconciler.Core.Yaml;

namespace Reconciler.Core.Tests.Content;

public sealed class ContentLoaderTests
{
    [Fact]
    public void Load_ValidFiles_BindsTheModel()
    {
        var content = ContentLoader.Load(new InMemorySource()
            .Add("templates/tmpl_order.yaml", Samples.Template)
            .Add("themes/dark.yaml", Samples.Theme)
            .Add("widgets/w-123456.yml", Samples.Widget));

        Assert.Empty(content.Diagnostics);
        var template = Assert.Single(content.Templates);
        Assert.Equal(("tmpl_order", "v2.4", "en-US"), (template.TemplateId, template.Version, template.DefaultLocale));
        Assert.Equal(new SourcePosition(2, 10), template.VersionPosition);
        Assert.Equal(["en-US", "es-MX"], template.Locales.Select(l => l.Tag));
        Assert.Equal("Hola {{customer.name}}, pedido {{order.id}}.", template.Locales[1].Blocks[0].Content);
        var theme = Assert.Single(content.Themes);
        Assert.Equal(("dark", "Enterprise Dark", 14, 500), (theme.Key, theme.Name, theme.Font.SizePx, theme.Font.Weight));
        Assert.Equal(new SourcePosition(2, 13), theme.VersionTagPosition);
        Assert.Equal("https://cdn.example.com/i.svg", theme.Buttons[1].IconUrl);
        Assert.Null(theme.Buttons[0].IconUrl);
        var widget = Assert.Single(content.Widgets);
        Assert.Equal(["seg-premium", null], widget.Assignments.Select(a => a.SegmentId));
        Assert.Equal(["dark"], content.ThemeKeys);
    }

    [Fact]
    public void Load_StructurallyInvalidDocument_IsNotBound()
    {
        var content = ContentLoader.Load(new InMemorySource().Add("themes/dark.yaml", Samples.Theme + "extra: 1\n"));

        Assert.Empty(content.Themes);
        Assert.Contains("dark", content.ThemeKeys);
        Assert.Contains(content.Diagnostics, d => d.Code == DiagnosticCodes.UnknownKey);
    }

    [Theory]
    [InlineData("templates/README.md")]
    [InlineData("themes/nested/dark.yaml")]
    [InlineData("widgets/w.json")]
    public void Load_FileThatIsNotContent_Warns(string path)
    {
        var content = ContentLoader.Load(new InMemorySource().Add(path, "x: 1\n"));

        var d = Assert.Single(content.Diagnostics);
        Assert.Equal((DiagnosticCodes.IgnoredFile, Severity.Warning, path), (d.Code, d.Severity, d.File));
    }

    [Fact]
    public void Load_TemplatesInSubfolders_AreRead()
    {
        var content = ContentLoader.Load(new InMemorySource().Add("templates/support/tmpl_order.yaml", Samples.Template));

        Assert.Single(content.Templates);
    }

    [Theory]
    [InlineData("templates/.gitkeep")]
    [InlineData("README.md")]
    [InlineData("docs/notes.yaml")]
    public void Load_FilesOutsideContentOrDotfiles_AreSilentlyIgnored(string path)
    {
        var content = ContentLoader.Load(new InMemorySource().Add(path, "whatever"));

        Assert.Empty(content.Diagnostics);
        Assert.Empty(content.Templates);
    }

    [Fact]
    public void Load_FileOverTheCap_IsNotParsed()
    {
        var content = ContentLoader.Load(new InMemorySource().Add("templates/big.yaml", new byte[YamlLimits.MaxFileBytes + 1]));

        var d = Assert.Single(content.Diagnostics);
        Assert.Equal(DiagnosticCodes.FileTooLarge, d.Code);
        Assert.Contains("1,048,577 bytes", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnreadableFile_Diagnostic()
    {
        var source = new UnreadableSource();

        var d = Assert.Single(ContentLoader.Load(source).Diagnostics);

        Assert.Equal(DiagnosticCodes.UnreadableFile, d.Code);
    }

    private sealed class UnreadableSource : IContentSource
    {
        public string Description => "unreadable";

        public IEnumerable<SourceFile> ReadFiles(Func<string, bool> include, long maxBytes) => [new SourceFile("themes/locked.yaml", -1, null)];
    }
}
