using System.Collections.Concurrent;
using System.Runtime.Loader;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Yaml;
using YamlEventRecord = (int Kind, int Style, bool IsImplicit, long Start, string? Value, string? Tag, string? Anchor);
using YamlParseOutcome = (int Outcome, string? Message, long Start, long End);

namespace Reconciler.Core.Tests.Yaml;

public sealed class YamlParserCopiesTests
{
    /// <summary>Documents that exercise every kind of record and every way a parse ends.</summary>
    public static TheoryData<string> Documents => new()
    {
        "a: 1\nlist:\n  - x\n  - { k: v }\n",
        "base: &b { k: v }\ncopy: *b\nseq: &s [1, 2]\nagain: *s\n",
        "plain: !!str 12\nlocal: !thing x\nns: ! 7\nquoted: \"a\\tb\"\nsingle: 'it''s'\n",
        "body: |\n  line one\n  line two\nfolded: >-\n  folded\n  text\n",
        "--- \na: 1\n---\nb: 2\n",
        "a: 1\nb: [1, 2\nc: 3\n",
        "a:\n\t- tab\n",
        "key: \"unclosed\n",
        "? [a, b]\n: 1\n",
        "",
        "# only a comment\n",
        "a: \u00e9\u20ac\U0001F600\n",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void TryLoadCopy_SeparateCopy_RecordsTheSameEventsAndOutcome(string yaml)
    {
        var copy = YamlParserCopies.TryLoadCopy("test-copy-" + Guid.NewGuid().ToString("N"));
        Assert.NotNull(copy);

        var (sharedEvents, sharedOutcome) = Record(YamlEventRecorder.Parse, yaml);
        var (copyEvents, copyOutcome) = Record(copy, yaml);

        Assert.Equal(sharedEvents, copyEvents);
        Assert.Equal(sharedOutcome, copyOutcome);
    }

    [Fact]
    public void TryLoadCopy_ParsesWithItsOwnYamlDotNet()
    {
        var name = "test-copy-" + Guid.NewGuid().ToString("N");
        var copy = YamlParserCopies.TryLoadCopy(name)!;
        Record(copy, "a: [1, 2]\n");

        var context = AssemblyLoadContext.GetLoadContext(copy.Method.Module.Assembly)!;
        Assert.Equal(name, context.Name);
        Assert.NotSame(typeof(YamlEventRecorder).Assembly, copy.Method.Module.Assembly);
        var ownYaml = Assert.Single(context.Assemblies, a => a.GetName().Name == "YamlDotNet");
        Assert.NotSame(typeof(YamlDotNet.Core.Parser).Assembly, ownYaml);
    }

    [Fact]
    public void TryLoadCopy_WithoutFilesOfItsOwn_LoadsTheAppsFiles()
    {
        var copy = YamlParserCopies.TryLoadCopy("test-copy-" + Guid.NewGuid().ToString("N"))!;
        Record(copy, "a: 1\n");

        var context = AssemblyLoadContext.GetLoadContext(copy.Method.Module.Assembly)!;
        Assert.Equal(typeof(YamlEventRecorder).Assembly.Location, copy.Method.Module.Assembly.Location);
        Assert.Equal(typeof(YamlDotNet.Core.Parser).Assembly.Location, Assert.Single(context.Assemblies, a => a.GetName().Name == "YamlDotNet").Location);
    }

    [Fact]
    public void TryLoadCopy_WithFilesOfItsOwn_LoadsThemAndParsesTheSame()
    {
        // As a publish lays them out: a folder named after the copy, beside the app's files.
        var name = "test-copy-" + Guid.NewGuid().ToString("N");
        var app = typeof(YamlEventRecorder).Assembly.Location;
        var yaml = typeof(YamlDotNet.Core.Parser).Assembly.Location;
        var folder = Path.Combine(Path.GetDirectoryName(app)!, name);
        Directory.CreateDirectory(folder);
        try
        {
            File.Copy(app, YamlParserCopies.OwnFile(name, app));
            File.Copy(yaml, YamlParserCopies.OwnFile(name, yaml));

            var copy = YamlParserCopies.TryLoadCopy(name)!;

            const string Document = "base: &b { k: v }\ncopy: *b\nlist: [1, 2\n";
            var (sharedEvents, sharedOutcome) = Record(YamlEventRecorder.Parse, Document);
            var (copyEvents, copyOutcome) = Record(copy, Document);
            Assert.Equal(sharedEvents, copyEvents);
            Assert.Equal(sharedOutcome, copyOutcome);

            var context = AssemblyLoadContext.GetLoadContext(copy.Method.Module.Assembly)!;
            Assert.Equal(Path.Combine(folder, Path.GetFileName(app)), copy.Method.Module.Assembly.Location);
            Assert.Equal(Path.Combine(folder, Path.GetFileName(yaml)), Assert.Single(context.Assemblies, a => a.GetName().Name == "YamlDotNet").Location);
        }
        finally
        {
            // Windows keeps loaded files locked; there the folder stays until the next build cleans up.
            if (!OperatingSystem.IsWindows())
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void Parse_ReceiverStops_ParserReadsOneMoreEventAndNoFurther()
    {
        var seen = new List<YamlEventRecord>();
        var outcome = YamlEventRecorder.Parse("a: 1\nb: 2\nc: 3\n", e =>
        {
            seen.Add(e);
            return e.Value != "a";
        });

        Assert.Equal(YamlParseOutcomes.Parsed, outcome.Outcome);
        Assert.Equal([YamlEventKinds.DocumentStart, YamlEventKinds.MappingStart, YamlEventKinds.Scalar], seen.Select(e => e.Kind));
    }

    [Fact]
    public void Parse_SyntaxErrorRightAfterTheReceiversError_ReportsTheSyntaxError()
    {
        // The receiver stops at "2"; what follows it is the end of the file inside an unclosed sequence.
        var outcome = YamlEventRecorder.Parse("a: 1\nb: [1, 2\n", e => e.Value != "2");

        Assert.Equal(YamlParseOutcomes.SyntaxError, outcome.Outcome);
        Assert.NotNull(outcome.Message);
    }

    [Fact]
    public void Parse_Tags_AreNullNonSpecificOrFull()
    {
        var (events, _) = Record(YamlEventRecorder.Parse, "a: !!int 1\nb: ! 2\nc: 3\n");
        var values = events.Where(e => e.Kind == YamlEventKinds.Scalar && e.Value is "1" or "2" or "3").ToList();

        Assert.Equal(["tag:yaml.org,2002:int", YamlEventKinds.NonSpecificTag, null], values.Select(e => e.Tag));
    }

    [Fact]
    public void Read_ManyThreadsAtOnce_SameTreesAsOneThread()
    {
        var documents = Enumerable.Range(0, 400)
            .Select(i => $"templateId: t{i}\nbody: |\n  Hello {{{{name}}}} number {i}\n  second line\nlist: [a{i}, 'b', \"c\\t\"]\nanchor: &x {{ k: {i} }}\nalias: *x\n")
            .ToList();
        var expected = documents.Select(Describe).ToList();

        var actual = new ConcurrentDictionary<int, string>();
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Describe(documents[i]));

        Assert.Equal(expected, Enumerable.Range(0, documents.Count).Select(i => actual[i]));
    }

    [Theory]
    [InlineData("a: 1\nb: [1, 2\n")]
    [InlineData("a: 1\nb: [1, 2\nc: 3\n")]
    [InlineData("a:\n\t- tab\n")]
    public void Read_BrokenYamlOnManyThreads_SameDiagnosticEverywhere(string yaml)
    {
        var expected = Describe(yaml);

        var actual = new ConcurrentBag<string>();
        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ => actual.Add(Describe(yaml)));

        Assert.All(actual, a => Assert.Equal(expected, a));
        Assert.Contains($" {DiagnosticCodes.YamlSyntax} YAML syntax error: ", expected, StringComparison.Ordinal);
    }

    private static (List<YamlEventRecord> Events, YamlParseOutcome Outcome) Record(Func<string, Func<YamlEventRecord, bool>, YamlParseOutcome> parse, string yaml)
    {
        var events = new List<YamlEventRecord>();
        var outcome = parse(yaml, e =>
        {
            events.Add(e);
            return true;
        });
        return (events, outcome);
    }

    /// <summary>A document's tree or diagnostics as text, to compare parses.</summary>
    private static string Describe(string yaml)
    {
        var result = YamlDocumentReader.Read("f.yaml", yaml);
        return result.Root is { } root
            ? Describe(root)
            : string.Join("\n", result.Diagnostics.Select(d => $"{d.File}:{d.Line}:{d.Column} {d.Code} {d.Message}"));
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalar s => $"{s.Start.Line}:{s.Start.Column} {s.Style} {s.Type} '{s.Value}'",
        YamlSequence q => $"{q.Start.Line}:{q.Start.Column} [" + string.Join(", ", q.Items.Select(Describe)) + "]",
        YamlMapping m => $"{m.Start.Line}:{m.Start.Column} {{" + string.Join(", ", m.Entries.Select(e => Describe(e.Key) + " = " + Describe(e.Value))) + "}",
        _ => throw new InvalidOperationException(node.GetType().Name),
    };
}
