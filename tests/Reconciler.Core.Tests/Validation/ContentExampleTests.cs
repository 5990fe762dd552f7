using Reconciler.Core.Content;
using Reconciler.Core.Tests.Support;
using Reconciler.Core.Validation;

namespace Reconciler.Core.Tests.Validation;

public sealed class ContentExampleTests
{
    [Fact]
    public void LoadAndValidate_ContentExample_HasNoDiagnostics()
    {
        var report = ContentValidator.LoadAndValidate(new WorkingTreeSource(RepoPaths.ContentExample));

        Assert.Empty(report.Diagnostics.Select(d => $"{d.File}:{d.Line}:{d.Column} {d.Code} {d.Message}"));
        Assert.True(report.Content.Templates.Count >= 6);
        Assert.Equal(3, report.Content.Themes.Count);
        Assert.Equal(3, report.Content.Widgets.Count);
        Assert.NotNull(report.Content.SettingsPath);
    }

    [Fact]
    public void LoadAndValidate_ContentExample_CoversTheRequiredChannelsAndLocales()
    {
        var content = ContentLoader.Load(new WorkingTreeSource(RepoPaths.ContentExample));

        var channels = content.Templates.SelectMany(t => t.Channels).ToHashSet();
        var locales = content.Templates.SelectMany(t => t.Locales).Select(l => l.Tag).ToHashSet();
        Assert.Superset(new HashSet<string> { "whatsapp", "messenger", "sms" }, channels);
        Assert.Superset(new HashSet<string> { "en-US", "es-MX", "fr-CA", "ja-JP" }, locales);
    }

    [Fact]
    public void ContentExample_EveryFile_PointsEditorsAtAnExistingSchemaOfItsKind()
    {
        var files = Directory.EnumerateFiles(RepoPaths.ContentExample, "*.yaml", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);

        foreach (var file in files)
        {
            var first = File.ReadLines(file).First();
            const string Prefix = "# yaml-language-server: $schema=";
            Assert.StartsWith(Prefix, first, StringComparison.Ordinal);
            var schema = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, first[Prefix.Length..]));
            Assert.True(File.Exists(schema), $"{file}: {schema} does not exist");
            var relative = Path.GetRelativePath(RepoPaths.ContentExample, file).Replace('\\', '/');
            var kind = ContentPaths.KindOf(relative);
            Assert.NotNull(kind);
            Assert.Equal(Reconciler.Core.Schemas.ContentSchemas.FileName(kind.Value), Path.GetFileName(schema));
        }
    }
}
