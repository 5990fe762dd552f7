using System.Text.Json;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Schemas;
using Reconciler.Core.Tests.Support;
using Reconciler.Core.Yaml;

namespace Reconciler.Core.Tests.Schemas;

public sealed class SchemaCheckerTests
{
    private static SchemaCheckResult CheckYaml(ContentKind kind, string yaml) =>
        SchemaChecker.Check("f.yaml", kind, YamlDocumentReader.Read("f.yaml", yaml).Root!);

    [Fact]
    public void Check_UnknownKey_ErrorAtTheKeyWithSuggestion()
    {
        var result = CheckYaml(ContentKind.Theme, Check.Edit(Samples.Theme, "borderRadiusPx:", "borderRadius: 8"));

        Assert.False(result.IsStructurallyValid);
        var unknown = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownKey);
        Assert.Equal((9, 1), (unknown.Line, unknown.Column));
        Assert.Contains("did you mean 'borderRadiusPx'", unknown.Message, StringComparison.Ordinal);
        var missing = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.MissingKey);
        Assert.Contains("'borderRadiusPx'", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownNestedKey_ErrorAtItsLine()
    {
        var yaml = Samples.Template.Replace("        type: text\n        content: \"Hi", "        kind: text\n        content: \"Hi", StringComparison.Ordinal);

        var result = CheckYaml(ContentKind.Template, yaml);

        var d = Assert.Single(result.Diagnostics, x => x.Code == DiagnosticCodes.UnknownKey);
        Assert.Equal((10, 9), (d.Line, d.Column));
    }

    [Fact]
    public void Check_NumberWhereStringExpected_SuggestsQuoting()
    {
        var result = CheckYaml(ContentKind.Template, Check.Edit(Samples.Template, "version:", "version: 2.10"));

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.WrongType, d.Code);
        Assert.Equal((2, 10), (d.Line, d.Column));
        Assert.Contains("\"2.10\"", d.Message, StringComparison.Ordinal);
        Assert.False(result.IsStructurallyValid);
    }

    [Fact]
    public void Check_StringWhereIntegerExpected_ErrorAtTheValue()
    {
        var result = CheckYaml(ContentKind.Theme, Check.Edit(Samples.Theme, "maxWidthPx:", "maxWidthPx: 360px"));

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.WrongType, 10, 13), (d.Code, d.Line, d.Column));
        Assert.Contains("must be an integer", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingNestedKey_ErrorAtTheParentKey()
    {
        var result = CheckYaml(ContentKind.Theme, Check.Edit(Samples.Theme, "font:", "font: { family: Inter, sizePx: 14, weight: 500 }"));

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.MissingKey, 5, 1), (d.Code, d.Line, d.Column));
        Assert.Contains("'color'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ScalarWhereListExpected_WrongType()
    {
        var d = Assert.Single(CheckYaml(ContentKind.Template, Check.Edit(Samples.Template, "channels:", "channels: whatsapp")).Diagnostics);

        Assert.Equal((DiagnosticCodes.WrongType, 3), (d.Code, d.Line));
        Assert.Contains("must be a list", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EnumWithoutRule_IsASchemaViolationThatDoesNotBlockRules()
    {
        var yaml = Samples.Template.Replace("        type: text\n        content: \"Hi", "        type: carousel\n        content: \"Hi", StringComparison.Ordinal);

        var result = CheckYaml(ContentKind.Template, yaml);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.SchemaViolation, 10, 15), (d.Code, d.Line, d.Column));
        Assert.Contains("text, header, footer, button", d.Message, StringComparison.Ordinal);
        Assert.True(result.IsStructurallyValid);
    }

    [Fact]
    public void Check_ConstraintOwnedByARule_IsLeftToTheRule()
    {
        var result = CheckYaml(ContentKind.Theme, Check.Edit(Samples.Theme, "backgroundColor:", "backgroundColor: red"));

        Assert.Empty(result.Diagnostics);
        Assert.True(result.IsStructurallyValid);
    }

    [Fact]
    public void Check_ValidSamples_AreClean()
    {
        Assert.Empty(CheckYaml(ContentKind.Template, Samples.Template).Diagnostics);
        Assert.Empty(CheckYaml(ContentKind.Theme, Samples.Theme).Diagnostics);
        Assert.Empty(CheckYaml(ContentKind.Widget, Samples.Widget).Diagnostics);
        Assert.Empty(CheckYaml(ContentKind.Settings, "apply: { concurrency: 2 }\n").Diagnostics);
    }

    [Theory]
    [InlineData(ContentKind.Settings)]
    [InlineData(ContentKind.Template)]
    [InlineData(ContentKind.Theme)]
    [InlineData(ContentKind.Widget)]
    public void Schemas_EveryCheckedByCode_IsInTheCatalog(ContentKind kind)
    {
        using var schema = JsonDocument.Parse(ContentSchemas.Text(kind));
        var codes = new List<string>();
        Collect(schema.RootElement, codes);

        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.NotNull(DiagnosticCatalog.Find(c)));
    }

    [Theory]
    [InlineData(ContentKind.Settings)]
    [InlineData(ContentKind.Template)]
    [InlineData(ContentKind.Theme)]
    [InlineData(ContentKind.Widget)]
    public void Schemas_ShippedFile_EqualsTheEmbeddedSchema(ContentKind kind)
    {
        var file = Path.Combine(RepoPaths.Root, "src", "Reconciler.Core", "Schemas", ContentSchemas.FileName(kind));

        Assert.Equal(File.ReadAllText(file), ContentSchemas.Text(kind));
    }

    private static void Collect(JsonElement element, List<string> codes)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "x-checkedBy")
                {
                    codes.Add(property.Value.GetString()!);
                }

                Collect(property.Value, codes);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, codes);
            }
        }
    }
}
