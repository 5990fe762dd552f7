using System.Text;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Tests.Support;
using Reconciler.Core.Yaml;

namespace Reconciler.Core.Tests.Hostile;

/// <summary>The crashes, hangs and silent acceptances the hostile corpus found, each pinned by a small case.</summary>
public sealed class HostileRegressionTests
{
    [Fact]
    public void Read_HundredThousandValuesOnOneLine_RefusedAtTheValueThatTipsOver()
    {
        // Found as a hang: each node's column was counted by walking its line from the start.
        var text = "a: [" + string.Concat(Enumerable.Repeat("x, ", 100_001)) + "x]\n";

        var result = YamlDocumentReader.Read("widgets/w-1.yaml", text);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.AliasExpansion, 1), (d.Code, d.Line));
        Assert.Equal('x', text[d.Column - 1]);
        Assert.True(d.Column > 290_000, $"column {d.Column} is not near the end of the line");
        Assert.Contains("more than 100,000 values", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("alias", d.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void PositionOf_AstralCharactersOnALongLine_CountsCodePoints()
    {
        var text = string.Concat(Enumerable.Repeat("😀a", 50_000)) + "\nb😀c";
        var source = new YamlSourceText(text);

        Assert.Equal(new SourcePosition(1, 1 + (2 * 40_000)), source.PositionOf(3 * 40_000));
        Assert.Equal(new SourcePosition(2, 3), source.PositionOf(text.Length - 1));
        Assert.Equal(new SourcePosition(2, 4), source.PositionOf(text.Length));
    }

    [Theory]
    [InlineData("templateId: 99999999999999999999999999999\n", DiagnosticCodes.WrongType, 1, 13)]
    [InlineData("templateId: tmpl_order\nversion: 0x1FFFFFFFFFFFFFFFFFFFFF\n", DiagnosticCodes.WrongType, 2, 10)]
    public void LoadAndValidate_IntegerBeyond64Bits_IsAWrongTypeNotACrash(string text, string code, int line, int column)
    {
        // Found as an InvalidCastException inside the schema validator, caught as "please report this bug".
        var diagnostics = Check.Template(text);

        Assert.Contains(diagnostics, d => (d.Code, d.Line, d.Column) == (code, line, column));
        Assert.DoesNotContain(diagnostics, d => d.Message.Contains("report this as a bug", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadAndValidate_WidthBeyond64Bits_IsOutOfRange()
    {
        var diagnostics = Check.Theme(Check.Edit(Samples.Theme, "maxWidthPx:", "maxWidthPx: 123456789012345678901234567890"));

        Check.Single(diagnostics, DiagnosticCodes.MaxWidth, Severity.Error, 10);
        Check.None(diagnostics, DiagnosticCodes.YamlSyntax);
    }

    [Theory]
    [InlineData('\u001b', "U+001B (ESC")]
    [InlineData('\u0007', "U+0007 (BEL)")]
    [InlineData('\u007f', "U+007F (DEL)")]
    [InlineData('\u009b', "U+009B")]
    [InlineData('\ufffe', "U+FFFE")]
    public void Read_RawControlCharacter_ErrorAtItsPosition(char control, string named)
    {
        // Found as silently valid: YamlDotNet accepts characters YAML 1.2 forbids, and they reached the payload.
        var d = Assert.Single(YamlDocumentReader.Read("templates/t.yaml", Encoding.UTF8.GetBytes($"a: 1\nb: \"ok 😀 {control}[31m\"\n")).Diagnostics);

        Assert.Equal((DiagnosticCodes.YamlSyntax, 2, 10), (d.Code, d.Line, d.Column));
        Assert.Contains(named, d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("b: \"\\e[31m red \\a\"")]
    [InlineData("b: \"tab\tand NEL\u0085 and RLO \u202e and BOM \ufeff\"")]
    [InlineData("b: x\r\nc: y\r")]
    public void Read_EscapesAndPrintableCharacters_AreAccepted(string yaml)
    {
        var result = YamlDocumentReader.Read("templates/t.yaml", Encoding.UTF8.GetBytes(yaml));

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Root);
    }

    [Theory]
    [InlineData("a: !!binary aGVsbG8=\n", "tag:yaml.org,2002:binary")]
    [InlineData("a: !!python/object/apply:os.system [\"id\"]\n", "tag:yaml.org,2002:python/object/apply:os.system")]
    [InlineData("a: !!set {x, y}\n", "tag:yaml.org,2002:set")]
    [InlineData("a: !!timestamp 2001-12-14\n", "tag:yaml.org,2002:timestamp")]
    [InlineData("a: !custom value\n", "!custom")]
    public void Read_TagOutsideTheCoreSchema_ErrorAtTheTaggedValue(string yaml, string tag)
    {
        // Found as silently valid: the tag was dropped and the value read as a plain string.
        var d = Assert.Single(YamlDocumentReader.Read("templates/t.yaml", yaml).Diagnostics);

        Assert.Equal((DiagnosticCodes.YamlSyntax, 1, 4), (d.Code, d.Line, d.Column));
        Assert.Contains($"'{tag}'", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a: ! 12\n", YamlScalarType.String)]
    [InlineData("a: !!str 12\n", YamlScalarType.String)]
    [InlineData("a: !!int 12\n", YamlScalarType.Integer)]
    [InlineData("a: !<tag:yaml.org,2002:str> x\n", YamlScalarType.String)]
    public void Read_NonSpecificOrCoreTag_IsAccepted(string yaml, YamlScalarType type)
    {
        // Found as a false syntax error: reading the non-specific tag's name threw inside YamlDotNet.
        var result = YamlDocumentReader.Read("templates/t.yaml", yaml);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(type, result.Root!.Scalar("a")!.Type);
    }

    [Fact]
    public void LoadAndValidate_ThousandsOfUndeclaredPlaceholders_FinishWithHintsForTheFirstHundredOnly()
    {
        // Found as a hang: each undeclared placeholder was compared with every declared variable.
        const int count = 3_000;
        var variables = string.Join(", ", Enumerable.Range(0, count).Select(i => $"v{i}.x"));
        var blocks = string.Concat(Enumerable.Range(0, count).Select(i => $"      - {{ id: m{i}, type: text, content: \"{{{{v{i}.x}}}} {{{{v{i}.y}}}}\" }}\n"));
        var source = new InMemorySource().Add("templates/t.yaml",
            $"templateId: t\nversion: v1\nchannels: [messenger]\ndefaultLocale: en-US\nvariables: [{variables}]\nlocales:\n  en-US:\n    contentBlocks:\n{blocks}");

        var report = BoundedValidation.Run(source);

        var undeclared = report.Diagnostics.Where(d => d.Code == DiagnosticCodes.UndeclaredVariable).ToList();
        Assert.Equal(count, undeclared.Count);
        Assert.InRange(undeclared.Count(d => d.Message.Contains("did you mean", StringComparison.Ordinal)), 1, 100);
    }
}
