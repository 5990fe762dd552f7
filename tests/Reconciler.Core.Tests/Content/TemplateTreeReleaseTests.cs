using Reconciler.Core.Content;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Templates;
using Reconciler.Core.Tests.Support;
using Reconciler.Core.Validation;
using Reconciler.Core.Yaml;

namespace Reconciler.Core.Tests.Content;

/// <summary>
/// The loader runs the template rules while a template's YAML tree is at hand and then releases
/// the tree. What the model keeps, and what the rules see (the settings' limits, exact positions),
/// must not change because of it.
/// </summary>
public sealed class TemplateTreeReleaseTests
{
    [Fact]
    public void WithoutTree_KeepsEveryPropertyButTheTree()
    {
        var bound = TemplateBinder.Bind("templates/tmpl_order.yaml", YamlDocumentReader.Read("templates/tmpl_order.yaml", Samples.Template).Root!);

        var released = bound.WithoutTree();

        Assert.NotNull(bound.Node);
        Assert.Null(released.Node);
        foreach (var property in typeof(TemplateDocument).GetProperties().Where(p => p.Name is not (nameof(TemplateDocument.Node) or nameof(TemplateDocument.Locales))))
        {
            Assert.True(Equals(property.GetValue(bound), property.GetValue(released)), $"{property.Name} changed when the tree was released");
        }

        Assert.Equal(Blocks(bound), Blocks(released));
        Assert.All(released.Locales.SelectMany(l => l.Blocks), b => Assert.Null(b.ContentNode));
    }

    [Fact]
    public void WithoutTree_NamesEveryPropertyItCopies()
    {
        // A property added to TemplateDocument must be copied by WithoutTree too: this list is the reminder.
        Assert.Equal(
            ["Channels", "DefaultLocale", "Locales", "Node", "ParsedVersion", "Path", "TemplateId", "TemplateIdPosition", "Variables", "Version", "VersionPosition"],
            typeof(TemplateDocument).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_Template_KeepsNoTree()
    {
        var content = ContentLoader.Load(new InMemorySource().Add("templates/tmpl_order.yaml", Samples.Template));

        var template = Assert.Single(content.Templates);
        Assert.Null(template.Node);
        Assert.All(template.Locales.SelectMany(l => l.Blocks), b => Assert.Null(b.ContentNode));
        Assert.Empty(content.TemplateFindings);
    }

    [Theory]
    [InlineData("reconciler.yaml")]
    [InlineData("reconciler.yml")]
    public void LoadAndValidate_SettingsLimit_AppliesToTheTemplateRules(string settingsFile)
    {
        var report = ContentValidator.LoadAndValidate(new InMemorySource()
            .Add(settingsFile, "channels:\n  whatsapp: { maxBodyLength: 30 }\n")
            .Add("templates/tmpl_order.yaml", Samples.Template));

        // Both contents (47 and 44 code points) are over 30; each finding sits on its content line.
        var tooLong = report.Diagnostics.Where(d => d.Code == DiagnosticCodes.BodyTooLong).ToList();
        Assert.Equal(LinesHolding(Samples.Template, "content:"), tooLong.Select(d => d.Line));
        Assert.All(tooLong, d => Assert.Contains("whatsapp's limit of 30", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void LoadAndValidate_SettingsFileThatDoesNotMatchItsSchema_TemplatesGetTheDefaultLimits()
    {
        var report = ContentValidator.LoadAndValidate(new InMemorySource()
            .Add("reconciler.yaml", "channels:\n  whatsapp: { maxBodyLength: thirty }\n")
            .Add("templates/tmpl_order.yaml", Samples.Template));

        Assert.Contains(report.Diagnostics, d => d.File == "reconciler.yaml");
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCodes.BodyTooLong);
    }

    [Fact]
    public void LoadAndValidate_PlaceholderErrorAfterRelease_StillAtTheExactColumn()
    {
        var text = Check.Edit(Samples.Template, "Hi {{customer.name}}", "content: \"Hi {{customer.nme}}, order {{order.id}} ships.\"");

        // Where the undeclared placeholder is written in the file, 1-based.
        var line = LinesHolding(text, "{{customer.nme}}").Single();
        var column = text.Split('\n')[line - 1].IndexOf("{{customer.nme}}", StringComparison.Ordinal) + 1;

        Check.Single(Check.Template(text), DiagnosticCodes.UndeclaredVariable, Severity.Error, line, column);
    }

    private static List<int> LinesHolding(string text, string marker) =>
        text.Split('\n').Select((l, i) => (l, i)).Where(p => p.l.Contains(marker, StringComparison.Ordinal)).Select(p => p.i + 1).ToList();

    private static List<string> Blocks(TemplateDocument template) =>
        template.Locales.SelectMany(l => l.Blocks.Select(b => $"{l.Tag} {l.Position} {b.Id} {b.Type} {b.Position} {b.IdPosition} {b.Content}")).ToList();
}
