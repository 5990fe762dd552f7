using System.Diagnostics;
using System.Text;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Yaml;

namespace Reconciler.Core.Tests.Yaml;

public sealed class YamlDocumentReaderTests
{
    private static Diagnostic SingleError(YamlReadResult result, string code)
    {
        Assert.Null(result.Root);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(code, d.Code);
        Assert.Equal(Severity.Error, d.Severity);
        return d;
    }

    [Fact]
    public void Read_ValidMapping_KeepsKeyAndValuePositions()
    {
        var result = YamlDocumentReader.Read("f.yaml", "a: 1\nlist:\n  - x\n  - { k: v }\n");

        Assert.Empty(result.Diagnostics);
        var root = result.Root!;
        Assert.Equal(new SourcePosition(2, 1), root.KeyOf("list")!.Start);
        var list = Assert.IsType<YamlSequence>(root["list"]);
        Assert.Equal(new SourcePosition(4, 5), list.Items[1].Start);
        Assert.Equal(YamlScalarType.Integer, root.Scalar("a")!.Type);
    }

    [Theory]
    [InlineData("a: 1", YamlScalarType.Integer)]
    [InlineData("a: 0.7", YamlScalarType.Number)]
    [InlineData("a: true", YamlScalarType.Boolean)]
    [InlineData("a: ~", YamlScalarType.Null)]
    [InlineData("a:", YamlScalarType.Null)]
    [InlineData("a: yes", YamlScalarType.String)]
    [InlineData("a: \"1\"", YamlScalarType.String)]
    [InlineData("a: !!str 1", YamlScalarType.String)]
    [InlineData("a: v2.4", YamlScalarType.String)]
    public void Read_Scalars_ResolveByTheYaml12CoreSchema(string yaml, YamlScalarType type) =>
        Assert.Equal(type, YamlDocumentReader.Read("f.yaml", yaml).Root!.Scalar("a")!.Type);

    [Fact]
    public void Read_SyntaxError_ReportsItsLine()
    {
        var d = SingleError(YamlDocumentReader.Read("f.yaml", "a: 1\nb: [1, 2\nc: 3\n"), DiagnosticCodes.YamlSyntax);

        Assert.InRange(d.Line, 2, 4);
        Assert.StartsWith("YAML syntax error:", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Line:", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateKey_ErrorAtTheSecondKey()
    {
        var d = SingleError(YamlDocumentReader.Read("f.yaml", "a: 1\nb: 2\na: 3\n"), DiagnosticCodes.DuplicateKey);

        Assert.Equal((3, 1), (d.Line, d.Column));
        Assert.Contains("first on line 1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AliasBomb_RefusedWithinASecond()
    {
        var yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (var level = 'b'; level <= 'j'; level++)
        {
            var previous = (char)(level - 1);
            yaml.Append(level).Append(": &").Append(level).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat("*" + previous, 10))).Append("]\n");
        }

        var stopwatch = Stopwatch.StartNew();
        var d = SingleError(YamlDocumentReader.Read("bomb.yaml", yaml.ToString()), DiagnosticCodes.AliasExpansion);
        stopwatch.Stop();

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"took {stopwatch.Elapsed}");
        Assert.Equal(5, d.Line);
    }

    [Fact]
    public void Read_FewAliases_Accepted()
    {
        var result = YamlDocumentReader.Read("f.yaml", "base: &b { k: v }\ncopy: *b\n");

        Assert.Empty(result.Diagnostics);
        Assert.Same(result.Root!["base"], result.Root["copy"]);
    }

    [Fact]
    public void Read_UnknownAlias_Error() =>
        Assert.Equal(2, SingleError(YamlDocumentReader.Read("f.yaml", "a: 1\nb: *nope\n"), DiagnosticCodes.UnknownAlias).Line);

    [Fact]
    public void Read_DeepNesting_Error()
    {
        var yaml = "a: " + new string('[', YamlLimits.MaxDepth + 5) + new string(']', YamlLimits.MaxDepth + 5) + "\n";

        SingleError(YamlDocumentReader.Read("f.yaml", yaml), DiagnosticCodes.NestingTooDeep);
    }

    [Fact]
    public void Read_MultipleDocuments_ErrorAtTheSecond() =>
        Assert.Equal(2, SingleError(YamlDocumentReader.Read("f.yaml", "a: 1\n---\nb: 2\n"), DiagnosticCodes.MultipleDocuments).Line);

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("just a string\n")]
    [InlineData("- a\n- b\n")]
    public void Read_NotAMapping_Error(string yaml) =>
        SingleError(YamlDocumentReader.Read("f.yaml", yaml), DiagnosticCodes.NotAMapping);

    [Fact]
    public void Read_ComplexKey_Error() =>
        SingleError(YamlDocumentReader.Read("f.yaml", "? [a, b]\n: 1\n"), DiagnosticCodes.ComplexKey);

    [Fact]
    public void Read_Utf8Bom_IsIgnored()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("a: 1\nb: x\n")).ToArray();

        var result = YamlDocumentReader.Read("f.yaml", bytes);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new SourcePosition(2, 4), result.Root!.Scalar("b")!.Start);
    }

    [Fact]
    public void Read_Crlf_KeepsLineNumbers()
    {
        var result = YamlDocumentReader.Read("f.yaml", Encoding.UTF8.GetBytes("a: 1\r\nb: 2\r\nc: 3\r\n"));

        Assert.Equal(new SourcePosition(3, 4), result.Root!.Scalar("c")!.Start);
    }

    [Fact]
    public void Read_InvalidUtf8_ErrorAtTheFirstBadByte()
    {
        var bytes = Encoding.UTF8.GetBytes("a: 1\nb: xy").Concat(new byte[] { 0xFF, 0xFE }).ToArray();

        var d = SingleError(YamlDocumentReader.Read("f.yaml", bytes), DiagnosticCodes.InvalidUtf8);

        Assert.Equal((2, 6), (d.Line, d.Column));
        Assert.Contains("offset 10", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NulByte_IsABinaryFile()
    {
        var bytes = new byte[] { (byte)'a', (byte)':', (byte)' ', 0, 1, 2 };

        var d = SingleError(YamlDocumentReader.Read("f.png", bytes), DiagnosticCodes.BinaryFile);

        Assert.Equal((1, 4), (d.Line, d.Column));
    }

    [Fact]
    public void Read_RandomBytes_NeverThrow()
    {
        var random = new Random(20261121);
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 200)];
            random.NextBytes(bytes);
            var result = YamlDocumentReader.Read("fuzz.yaml", bytes);
            Assert.True(result.Root is not null || result.Diagnostics.Count > 0);
        }
    }

    [Fact]
    public void Read_RandomYamlishText_NeverThrows()
    {
        const string alphabet = "ab:- \n\t[]{}&*!|>'\"#?,%@`{{}}0.1";
        var random = new Random(42);
        for (var i = 0; i < 500; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 80)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var result = YamlDocumentReader.Read("fuzz.yaml", text);
            Assert.True(result.Root is not null || result.Diagnostics.Count > 0);
        }
    }
}
