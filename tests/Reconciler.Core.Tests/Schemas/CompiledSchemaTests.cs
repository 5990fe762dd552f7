using NJsonSchema;
using Reconciler.Core.Content;
using Reconciler.Core.Schemas;
using Reconciler.Core.Tests.Hostile.Corpus;
using Reconciler.Core.Tests.Support;
using Reconciler.Core.Yaml;
using Xunit.Abstractions;

namespace Reconciler.Core.Tests.Schemas;

/// <summary>
/// <see cref="CompiledSchema"/> against its oracle, NJsonSchema (<see cref="SchemaChecker.IsCleanByValidator"/>).
/// What must never happen: compiled says clean while NJsonSchema has a finding — the finding would be
/// lost. What should not happen on ordinary documents: compiled unsure while NJsonSchema finds
/// nothing — the speed-up would be lost.
/// </summary>
public sealed class CompiledSchemaTests(ITestOutputHelper output)
{
    /// <summary>What a case expects of the oracle, and so of the compiled check.</summary>
    public enum Expect
    {
        /// <summary>An ordinary clean document: both say clean.</summary>
        Clean,

        /// <summary>NJsonSchema finds nothing, but the value is unusual enough that compiled may defer to it.</summary>
        CleanMaybeSlow,

        /// <summary>NJsonSchema reports a finding, so compiled must not say clean.</summary>
        Finding,

        /// <summary>A corner where NJsonSchema's reading decides (UTF-16 length, .NET '$'): compiled must answer the same.</summary>
        Agree,
    }

    private const string Ten = "abcdefghij";
    private const string Button = "{label: a, color: \"#000000\", textColor: \"#FFFFFF\", position: left}";

    /// <summary>Values put under every key of every base document: each type, number spellings, bounds of 64 bits and of decimal, awkward strings.</summary>
    private static readonly string[] OddValues =
    [
        "42", "-7", "0", "+1", "-0", "0x10", "0o17", "9223372036854775807", "99999999999999999999999", "-99999999999999999999999",
        "1.0", ".5", "1.", "5e-1", "1e30", "1e999", "-1e999", "1e-30", "0.30000000000000004", "true", "False", "~", "null", ".inf",
        "\"\"", "\"x\\n\"", "\"😀😀\"", "'123'", "!!str 5", "yes", "text", "left", "\"#1A1A1A\"", "https://x", "Tmpl-1",
        "[]", "[a]", "[1, ~]", "[[a]]", "{}", "{a: 1}", "{label: a}",
    ];

    private const string ThemeBase = """
        name: Enterprise Dark
        versionTag: v1.2.0
        backgroundColor: "#1A1A1A"
        primaryColor: "#00E676"
        font:
          family: Inter
          sizePx: 14
          weight: 500
          color: "#FFFFFF"
        buttons:
          - label: Start Chat
            color: "#00E676"
            textColor: "#000000"
            position: center
          - label: FAQ
            color: "#2C2C2C"
            textColor: "#E0E0E0"
            position: left
            iconUrl: "https://cdn.example.com/i.svg"
        borderRadiusPx: 8
        maxWidthPx: 360

        """;

    private const string WidgetBase = """
        widgetId: w-123456
        assignments:
          - theme: dark
            segmentId: seg-premium
            trafficWeight: 0.7
          - theme: dark
            geoRegion: US-EAST
            trafficWeight: 0.3

        """;

    private const string SettingsBase = """
        channels:
          whatsapp:
            maxBodyLength: 1024
          sms:
            maxSegments: 1
        apply:
          concurrency: 4
        webhooks:
          - name: slack
            urlEnv: SLACK_URL
            secretEnv: SLACK_SECRET
            events: [applied, failed]
        auditLog: .reconciler/audit.jsonl

        """;

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Compiled_EveryShippedSchema_Compiles(ContentKind kind) =>
        Assert.NotNull(ContentSchemas.Compiled(kind));

    [Theory]
    [InlineData("""{ "type": "object", "properties": { "a": { "type": "string", "format": "email" } } }""")]
    [InlineData("""{ "type": "object", "properties": { "a": { "anyOf": [{ "type": "string" }, { "type": "integer" }] } } }""")]
    [InlineData("""{ "type": "object", "properties": { "a": { "type": "string", "not": { "enum": ["x"] } } } }""")]
    [InlineData("""{ "type": "object", "patternProperties": { "^x": { "type": "string" } } }""")]
    [InlineData("""{ "type": "object", "maxProperties": 2 }""")]
    [InlineData("""{ "type": "object", "properties": { "a": { "type": "array", "uniqueItems": true } } }""")]
    [InlineData("""{ "type": "object", "properties": { "a": { "type": "array", "items": [{ "type": "string" }] } } }""")]
    [InlineData("""{ "type": "object", "properties": { "a": { "type": "integer", "exclusiveMinimum": 1 } } }""")]
    [InlineData("""{ "type": "object", "properties": { "a": { "type": ["string", "null"] } } }""")]
    [InlineData("""{ "type": "object", "properties": { "a": { "description": "no type" } } }""")]
    [InlineData("""{ "type": "object", "properties": { "a": { "type": "string", "const": "x" } } }""")]
    [InlineData("""{ "type": "object", "propertyNames": { "pattern": "^a" } }""")]
    [InlineData("""{ "type": "object", "if": { "required": ["a"] }, "then": { "required": ["b"] } }""")]
    [InlineData("""{ "type": "object", "dependencies": { "a": ["b"] } }""")]
    [InlineData("""{ "type": "array", "contains": { "type": "string" } }""")]
    [InlineData("""{ "type": "object", "allOf": [{ "required": ["a"] }] }""")]
    [InlineData("""{ "type": "object", "properties": { "a": { "$ref": "#/definitions/d", "minLength": 2 } }, "definitions": { "d": { "type": "string" } } }""")]
    [InlineData("""{ "type": "object", "properties": { "a": { "$ref": "other.json#/d" } } }""")]
    [InlineData("""{ "type": "object", "properties": { "a": { "$ref": "#/definitions/missing" } } }""")]
    [InlineData("""{ "type": "object", "properties": { "a": { "type": "string", "enum": [["x"]] } } }""")]
    [InlineData("""{ "type": "object", "properties": { "a": { "type": "object", "definitions": { "d": { "type": "string" } } } } }""")]
    [InlineData("""[ "not", "a", "schema" ]""")]
    [InlineData("""{ "type": "object", """)]
    public void TryCompile_KeywordItDoesNotModel_RefusesRatherThanGuess(string json) =>
        Assert.Null(CompiledSchema.TryCompile(json));

    [Fact]
    public void TryCompile_RecursiveDefinition_ChecksEveryLevel()
    {
        const string json = """
            { "type": "object", "required": ["tree"], "properties": { "tree": { "$ref": "#/definitions/node" } },
              "definitions": { "node": { "type": "object", "additionalProperties": false, "required": ["name"],
                "properties": { "name": { "type": "string" }, "children": { "type": "array", "items": { "$ref": "#/definitions/node" } } } } } }
            """;
        var compiled = CompiledSchema.TryCompile(json);
        Assert.NotNull(compiled);
        Assert.True(compiled.IsCertainlyClean(Root("tree:\n  name: a\n  children:\n    - name: b\n      children:\n        - name: c\n")));
        Assert.False(compiled.IsCertainlyClean(Root("tree:\n  name: a\n  children:\n    - name: b\n      children:\n        - nom: c\n")));
        Assert.False(compiled.IsCertainlyClean(Root("tree:\n  name: a\n  children:\n    - name: 3\n")));
    }

    private static YamlMapping Root(string yaml) => YamlDocumentReader.Read("probe.yaml", yaml).Root!;

    [Fact]
    public void IsCertainlyClean_ContentExample_CleanAndAgreesWithNJsonSchema()
    {
        var files = Directory.EnumerateFiles(RepoPaths.ContentExample, "*.*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(RepoPaths.ContentExample, f).Replace('\\', '/')))
            .Where(f => ContentPaths.KindOf(f.Relative) is not null)
            .ToList();

        Assert.Equal(Enum.GetValues<ContentKind>().Order(), files.Select(f => ContentPaths.KindOf(f.Relative)!.Value).Distinct().Order());
        foreach (var (full, relative) in files)
        {
            var kind = ContentPaths.KindOf(relative)!.Value;
            var read = YamlDocumentReader.Read(relative, File.ReadAllBytes(full));
            Assert.True(read.Root is not null, $"{relative}: {Check.Describe(read.Diagnostics)}");

            Assert.True(SchemaChecker.IsCleanByValidator(kind, read.Root), $"{relative}: NJsonSchema has findings");
            Assert.True(ContentSchemas.Compiled(kind)!.IsCertainlyClean(read.Root), $"{relative}: compiled is unsure of a valid example");
        }
    }

    [Fact]
    public void IsCertainlyClean_HostileCorpus_NeverCleanWhenNJsonSchemaHasFindings()
    {
        var seeds = SeedFile.LoadFrom(RepoPaths.ContentExample);
        var tallies = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var lost = new List<string>();
        var skipped = 0;

        foreach (var mutant in MutantGenerator.Generate(seeds))
        {
            // The loader refuses files over the limit unread, so their trees never reach a schema.
            if (mutant.Content.Length > YamlLimits.MaxFileBytes || ContentPaths.KindOf(mutant.Path) is not { } kind)
            {
                skipped++;
                continue;
            }

            if (YamlDocumentReader.Read(mutant.Path, mutant.Content).Root is not { } root)
            {
                continue;
            }

            var compiled = ContentSchemas.Compiled(kind)!.IsCertainlyClean(root);
            var oracle = SchemaChecker.IsCleanByValidator(kind, root);
            var tally = tallies.TryGetValue(mutant.Kind, out var found) ? found : tallies[mutant.Kind] = new int[4];
            tally[(compiled ? 2 : 0) + (oracle ? 1 : 0)]++;
            if (compiled && !oracle)
            {
                lost.Add(mutant.ToString());
            }
        }

        // Columns by (compiled, oracle): the last one must stay empty; "unsure" only costs speed.
        output.WriteLine($"{"kind",-20} {"both clean",10} {"both not",9} {"unsure/clean",12} {"LOST",5}");
        foreach (var (kind, t) in tallies)
        {
            output.WriteLine($"{kind,-20} {t[3],10} {t[0],9} {t[1],12} {t[2],5}");
        }

        output.WriteLine($"{"total",-20} {tallies.Values.Sum(t => t[3]),10} {tallies.Values.Sum(t => t[0]),9} {tallies.Values.Sum(t => t[1]),12} {lost.Count,5}; {skipped} over the size limit");
        Assert.True(lost.Count == 0, $"{lost.Count} mutant(s) compiled clean but NJsonSchema has findings:\n" + string.Join('\n', lost.Take(20)));
        Assert.True(tallies.Values.Sum(t => t[3]) > 0 && tallies.Values.Sum(t => t[0]) > 0, "the corpus must hold clean and dirty documents, or it proves nothing");
    }

    [Fact]
    public void IsCertainlyClean_EveryKeyTimesEveryOddValue_NeverCleanWhenNJsonSchemaHasFindings()
    {
        var (both, neither, slow, lost) = (0, 0, new List<string>(), new List<string>());
        foreach (var kind in Enum.GetValues<ContentKind>())
        {
            var keys = Base(kind).Split('\n').Select(l => l[KeyColumn(l)..]).Where(k => k.Contains(':', StringComparison.Ordinal))
                .Select(k => k[..(k.IndexOf(':', StringComparison.Ordinal) + 1)]).Distinct();
            foreach (var (key, value) in keys.SelectMany(k => OddValues.Select(v => (k, v))))
            {
                var yaml = Edit(Base(kind), key, $"{key} {value}");
                var root = Parse(yaml);
                var compiled = ContentSchemas.Compiled(kind)!.IsCertainlyClean(root);
                var oracle = SchemaChecker.IsCleanByValidator(kind, root);
                (both, neither) = (both + (compiled && oracle ? 1 : 0), neither + (!compiled && !oracle ? 1 : 0));
                (compiled ? lost : slow).AddRange(compiled == oracle ? [] : [$"{kind} {key} {value}"]);
            }
        }

        output.WriteLine($"both clean {both}, both not {neither}, compiled unsure but clean {slow.Count}: {string.Join("; ", slow)}");
        Assert.True(lost.Count == 0, "compiled clean but NJsonSchema has findings: " + string.Join("; ", lost));
        Assert.True(both > 0 && neither > 0, "the values must make some documents clean and some not, or this proves nothing");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void IsCertainlyClean_BaseDocuments_AreCleanForBoth(ContentKind kind) =>
        AssertCase(kind, Base(kind), Expect.Clean);

    [Theory]
    // template.schema.json: patterns, enums and minItems/minProperties left to rules; the block type enum is not.
    [InlineData(ContentKind.Template, "templateId:", "templateId: Tmpl-Order", Expect.Clean)]
    [InlineData(ContentKind.Template, "templateId:", "templateId: \"tmpl_order\\n\"", Expect.Clean)]
    [InlineData(ContentKind.Template, "templateId:", "templateId: 42", Expect.Finding)]
    [InlineData(ContentKind.Template, "templateId:", "templateId:", Expect.Finding)]
    [InlineData(ContentKind.Template, "templateId:", "", Expect.Finding)]
    [InlineData(ContentKind.Template, "templateId:", "TemplateId: tmpl_order", Expect.Finding)]
    [InlineData(ContentKind.Template, "version:", "version: 2.10", Expect.Finding)]
    [InlineData(ContentKind.Template, "version:", "version: 2", Expect.Finding)]
    [InlineData(ContentKind.Template, "version:", "version: \"2.10\"", Expect.Clean)]
    [InlineData(ContentKind.Template, "version:", "version: !!str 2.10", Expect.Clean)]
    [InlineData(ContentKind.Template, "version:", "version: two", Expect.Clean)]
    [InlineData(ContentKind.Template, "version:", "version: true", Expect.Finding)]
    [InlineData(ContentKind.Template, "version:", "version: [v1]", Expect.Finding)]
    [InlineData(ContentKind.Template, "version:", "version: {v: 1}", Expect.Finding)]
    [InlineData(ContentKind.Template, "channels:", "channels: []", Expect.Clean)]
    [InlineData(ContentKind.Template, "channels:", "channels: [fax, SMS, \"sms\\n\"]", Expect.Clean)]
    [InlineData(ContentKind.Template, "channels:", "channels: whatsapp", Expect.Finding)]
    [InlineData(ContentKind.Template, "channels:", "channels: [1]", Expect.Finding)]
    [InlineData(ContentKind.Template, "channels:", "channels: [[sms]]", Expect.Finding)]
    [InlineData(ContentKind.Template, "channels:", "channels: {sms: true}", Expect.Finding)]
    [InlineData(ContentKind.Template, "defaultLocale:", "defaultLocale: \"\"", Expect.Clean)]
    [InlineData(ContentKind.Template, "defaultLocale:", "defaultLocale: 日本語", Expect.Clean)]
    [InlineData(ContentKind.Template, "defaultLocale:", "defaultLocale: 0x1F", Expect.Finding)]
    [InlineData(ContentKind.Template, "defaultLocale:", "defaultLocale: 1e999", Expect.Finding)]
    [InlineData(ContentKind.Template, "defaultLocale:", "defaultLocale: ~", Expect.Finding)]
    [InlineData(ContentKind.Template, "defaultLocale:", "defaultLocale: en-US\n\"1\": x", Expect.Finding)]
    [InlineData(ContentKind.Template, "variables:", "variables: [Customer-Name, \"a\\n\"]", Expect.Clean)]
    [InlineData(ContentKind.Template, "variables:", "variables: []", Expect.Clean)]
    [InlineData(ContentKind.Template, "variables:", "variables: customer.name", Expect.Finding)]
    [InlineData(ContentKind.Template, "variables:", "variables: [null]", Expect.Finding)]
    [InlineData(ContentKind.Template, "locales:", "locales: {}", Expect.Clean)]
    [InlineData(ContentKind.Template, "locales:", "locales: []", Expect.Finding)]
    [InlineData(ContentKind.Template, "locales:", "locales: {en-US: {}}", Expect.Finding)]
    [InlineData(ContentKind.Template, "locales:", "locales: {en-US: {contentBlocks: []}}", Expect.Clean)]
    [InlineData(ContentKind.Template, "locales:", "locales: {en-US: []}", Expect.Finding)]
    [InlineData(ContentKind.Template, "contentBlocks:", "contentBlocks: {}", Expect.Finding)]
    [InlineData(ContentKind.Template, "id:", "id: MSG 01", Expect.Clean)]
    [InlineData(ContentKind.Template, "id:", "id: 1", Expect.Finding)]
    [InlineData(ContentKind.Template, "type:", "type: header", Expect.Clean)]
    [InlineData(ContentKind.Template, "type:", "type: carousel", Expect.Finding)]
    [InlineData(ContentKind.Template, "type:", "type: Text", Expect.Finding)]
    [InlineData(ContentKind.Template, "type:", "type: \"text\\n\"", Expect.Finding)]
    [InlineData(ContentKind.Template, "type:", "type: \"text \"", Expect.Finding)]
    [InlineData(ContentKind.Template, "type:", "type: 1", Expect.Finding)]
    [InlineData(ContentKind.Template, "type:", "kind: text", Expect.Finding)]
    [InlineData(ContentKind.Template, "content:", "content: 5", Expect.Finding)]
    [InlineData(ContentKind.Template, "content:", "content: \"😀 e\\u0301 日本\"", Expect.Clean)]
    [InlineData(ContentKind.Template, "content:", "content: |\n  two\n  lines", Expect.Clean)]
    [InlineData(ContentKind.Template, "content:", "content: hi\nextra: 1", Expect.Finding)]

    // theme.schema.json: every range, length, pattern and enum is left to a rule; types and keys are not.
    [InlineData(ContentKind.Theme, "name:", "name: ab", Expect.Clean)]
    [InlineData(ContentKind.Theme, "name:", "name: " + Ten + Ten + Ten + Ten + Ten + Ten + Ten + Ten + Ten + Ten + "x", Expect.Clean)]
    [InlineData(ContentKind.Theme, "name:", "name: \"😀😀\"", Expect.Clean)]
    [InlineData(ContentKind.Theme, "name:", "name: 123", Expect.Finding)]
    [InlineData(ContentKind.Theme, "versionTag:", "versionTag: \"v1.2.0\\n\"", Expect.Clean)]
    [InlineData(ContentKind.Theme, "versionTag:", "versionTag: 1.2", Expect.Finding)]
    [InlineData(ContentKind.Theme, "backgroundColor:", "backgroundColor: red", Expect.Clean)]
    [InlineData(ContentKind.Theme, "backgroundColor:", "backgroundColor: 0x1A1A1A", Expect.Finding)]
    [InlineData(ContentKind.Theme, "backgroundColor:", "backgroundColor: #1A1A1A", Expect.Finding)]
    [InlineData(ContentKind.Theme, "font:", "font: Inter", Expect.Finding)]
    [InlineData(ContentKind.Theme, "family:", "family: \"\"", Expect.Clean)]
    [InlineData(ContentKind.Theme, "color:", "", Expect.Finding)]
    [InlineData(ContentKind.Theme, "sizePx:", "sizePx: 12", Expect.Clean)]
    [InlineData(ContentKind.Theme, "sizePx:", "sizePx: 24", Expect.Clean)]
    [InlineData(ContentKind.Theme, "sizePx:", "sizePx: 11", Expect.Clean)]
    [InlineData(ContentKind.Theme, "sizePx:", "sizePx: 25", Expect.Clean)]
    [InlineData(ContentKind.Theme, "sizePx:", "sizePx: 0x10", Expect.Clean)]
    [InlineData(ContentKind.Theme, "sizePx:", "sizePx: 0o20", Expect.Clean)]
    [InlineData(ContentKind.Theme, "sizePx:", "sizePx: +14", Expect.Clean)]
    [InlineData(ContentKind.Theme, "sizePx:", "sizePx: -14", Expect.Clean)]
    [InlineData(ContentKind.Theme, "sizePx:", "sizePx: 9223372036854775807", Expect.Clean)]
    [InlineData(ContentKind.Theme, "sizePx:", "sizePx: 99999999999999999999999", Expect.Clean)]
    [InlineData(ContentKind.Theme, "sizePx:", "sizePx: -99999999999999999999999", Expect.Clean)]
    [InlineData(ContentKind.Theme, "sizePx:", "sizePx: 14.0", Expect.Finding)]
    [InlineData(ContentKind.Theme, "sizePx:", "sizePx: .5", Expect.Finding)]
    [InlineData(ContentKind.Theme, "sizePx:", "sizePx: 1e1", Expect.Finding)]
    [InlineData(ContentKind.Theme, "sizePx:", "sizePx: 1e999", Expect.Finding)]
    [InlineData(ContentKind.Theme, "sizePx:", "sizePx: \"14\"", Expect.Finding)]
    [InlineData(ContentKind.Theme, "sizePx:", "sizePx: 14px", Expect.Finding)]
    [InlineData(ContentKind.Theme, "sizePx:", "sizePx: true", Expect.Finding)]
    [InlineData(ContentKind.Theme, "sizePx:", "sizePx: ~", Expect.Finding)]
    [InlineData(ContentKind.Theme, "sizePx:", "sizePx: [14]", Expect.Finding)]
    [InlineData(ContentKind.Theme, "sizePx:", "sizePx: {px: 14}", Expect.Finding)]
    [InlineData(ContentKind.Theme, "weight:", "weight: 100", Expect.Clean)]
    [InlineData(ContentKind.Theme, "weight:", "weight: 900", Expect.Clean)]
    [InlineData(ContentKind.Theme, "weight:", "weight: 550", Expect.Clean)]
    [InlineData(ContentKind.Theme, "weight:", "weight: 0", Expect.Clean)]
    [InlineData(ContentKind.Theme, "weight:", "weight: 1000", Expect.Clean)]
    [InlineData(ContentKind.Theme, "weight:", "weight: 500.5", Expect.Finding)]
    [InlineData(ContentKind.Theme, "buttons:", "buttons: []", Expect.Clean)]
    [InlineData(ContentKind.Theme, "buttons:", "buttons: [" + Button + ", " + Button + ", " + Button + ", " + Button + "]", Expect.Clean)]
    [InlineData(ContentKind.Theme, "buttons:", "buttons: " + Button, Expect.Finding)]
    [InlineData(ContentKind.Theme, "buttons:", "buttons: [" + Button + ", ~]", Expect.Finding)]
    [InlineData(ContentKind.Theme, "label:", "label: \"\"", Expect.Clean)]
    [InlineData(ContentKind.Theme, "label:", "label: " + Ten + Ten + Ten + "x", Expect.Clean)]
    [InlineData(ContentKind.Theme, "label:", "label: 7", Expect.Finding)]
    [InlineData(ContentKind.Theme, "position:", "position: top", Expect.Clean)]
    [InlineData(ContentKind.Theme, "position:", "position: Center", Expect.Clean)]
    [InlineData(ContentKind.Theme, "position:", "position: 1", Expect.Finding)]
    [InlineData(ContentKind.Theme, "position:", "", Expect.Finding)]
    [InlineData(ContentKind.Theme, "iconUrl:", "iconUrl: http://x", Expect.Clean)]
    [InlineData(ContentKind.Theme, "iconUrl:", "iconUrl: [https://x]", Expect.Finding)]
    [InlineData(ContentKind.Theme, "borderRadiusPx:", "borderRadiusPx: 0", Expect.Clean)]
    [InlineData(ContentKind.Theme, "borderRadiusPx:", "borderRadiusPx: 16", Expect.Clean)]
    [InlineData(ContentKind.Theme, "borderRadiusPx:", "borderRadiusPx: -1", Expect.Clean)]
    [InlineData(ContentKind.Theme, "borderRadiusPx:", "borderRadiusPx: 17", Expect.Clean)]
    [InlineData(ContentKind.Theme, "maxWidthPx:", "maxWidthPx: 280", Expect.Clean)]
    [InlineData(ContentKind.Theme, "maxWidthPx:", "maxWidthPx: 420", Expect.Clean)]
    [InlineData(ContentKind.Theme, "maxWidthPx:", "maxWidthPx: 279", Expect.Clean)]
    [InlineData(ContentKind.Theme, "maxWidthPx:", "maxWidthPx: 421", Expect.Clean)]
    [InlineData(ContentKind.Theme, "maxWidthPx:", "maxWidthPx: 360px", Expect.Finding)]
    [InlineData(ContentKind.Theme, "maxWidthPx:", "maxWidthPx: 360\nborderRadius: 8", Expect.Finding)]

    // widget.schema.json: trafficWeight is the one number field; a float beyond decimal range may take the slow path.
    [InlineData(ContentKind.Widget, "widgetId:", "widgetId: W-1", Expect.Clean)]
    [InlineData(ContentKind.Widget, "widgetId:", "widgetId: 123456", Expect.Finding)]
    [InlineData(ContentKind.Widget, "widgetId:", "", Expect.Finding)]
    [InlineData(ContentKind.Widget, "assignments:", "assignments: []", Expect.Clean)]
    [InlineData(ContentKind.Widget, "assignments:", "assignments: {}", Expect.Finding)]
    [InlineData(ContentKind.Widget, "theme:", "theme: \"\"", Expect.Clean)]
    [InlineData(ContentKind.Widget, "theme:", "theme: 5", Expect.Finding)]
    [InlineData(ContentKind.Widget, "trafficWeight:", "", Expect.Finding)]
    [InlineData(ContentKind.Widget, "segmentId:", "segmentId: SEG_1", Expect.Clean)]
    [InlineData(ContentKind.Widget, "segmentId:", "segmentId: ~", Expect.Finding)]
    [InlineData(ContentKind.Widget, "geoRegion:", "geoRegion: us-east", Expect.Clean)]
    [InlineData(ContentKind.Widget, "trafficWeight:", "trafficWeight: 0", Expect.Clean)]
    [InlineData(ContentKind.Widget, "trafficWeight:", "trafficWeight: 1", Expect.Clean)]
    [InlineData(ContentKind.Widget, "trafficWeight:", "trafficWeight: 0.0", Expect.Clean)]
    [InlineData(ContentKind.Widget, "trafficWeight:", "trafficWeight: 1.0", Expect.Clean)]
    [InlineData(ContentKind.Widget, "trafficWeight:", "trafficWeight: -0.0", Expect.Clean)]
    [InlineData(ContentKind.Widget, "trafficWeight:", "trafficWeight: 1.5", Expect.Clean)]
    [InlineData(ContentKind.Widget, "trafficWeight:", "trafficWeight: -0.1", Expect.Clean)]
    [InlineData(ContentKind.Widget, "trafficWeight:", "trafficWeight: .5", Expect.Clean)]
    [InlineData(ContentKind.Widget, "trafficWeight:", "trafficWeight: 5e-1", Expect.Clean)]
    [InlineData(ContentKind.Widget, "trafficWeight:", "trafficWeight: 1.", Expect.Clean)]
    [InlineData(ContentKind.Widget, "trafficWeight:", "trafficWeight: 1e-30", Expect.Clean)]
    [InlineData(ContentKind.Widget, "trafficWeight:", "trafficWeight: 1.000000000000001", Expect.Clean)]
    [InlineData(ContentKind.Widget, "trafficWeight:", "trafficWeight: 0x1", Expect.Clean)]
    [InlineData(ContentKind.Widget, "trafficWeight:", "trafficWeight: 99999999999999999999999", Expect.Clean)]
    [InlineData(ContentKind.Widget, "trafficWeight:", "trafficWeight: 1e30", Expect.CleanMaybeSlow)]
    [InlineData(ContentKind.Widget, "trafficWeight:", "trafficWeight: 1e999", Expect.CleanMaybeSlow)]
    [InlineData(ContentKind.Widget, "trafficWeight:", "trafficWeight: -1e999", Expect.CleanMaybeSlow)]
    [InlineData(ContentKind.Widget, "trafficWeight:", "trafficWeight: \"0.5\"", Expect.Finding)]
    [InlineData(ContentKind.Widget, "trafficWeight:", "trafficWeight: .inf", Expect.Finding)]
    [InlineData(ContentKind.Widget, "trafficWeight:", "trafficWeight: true", Expect.Finding)]
    [InlineData(ContentKind.Widget, "trafficWeight:", "trafficWeight: ~", Expect.Finding)]
    [InlineData(ContentKind.Widget, "trafficWeight:", "trafficWeight: [0.5]", Expect.Finding)]

    // reconciler.schema.json: every key optional; every range left to CFG001/CFG002.
    [InlineData(ContentKind.Settings, "concurrency:", "concurrency: 1", Expect.Clean)]
    [InlineData(ContentKind.Settings, "concurrency:", "concurrency: 32", Expect.Clean)]
    [InlineData(ContentKind.Settings, "concurrency:", "concurrency: 0", Expect.Clean)]
    [InlineData(ContentKind.Settings, "concurrency:", "concurrency: 33", Expect.Clean)]
    [InlineData(ContentKind.Settings, "concurrency:", "concurrency: 0x20", Expect.Clean)]
    [InlineData(ContentKind.Settings, "concurrency:", "concurrency: 4.0", Expect.Finding)]
    [InlineData(ContentKind.Settings, "concurrency:", "concurrency: \"4\"", Expect.Finding)]
    [InlineData(ContentKind.Settings, "maxBodyLength:", "maxBodyLength: 100000", Expect.Clean)]
    [InlineData(ContentKind.Settings, "maxBodyLength:", "maxBodyLength: 100001", Expect.Clean)]
    [InlineData(ContentKind.Settings, "maxBodyLength:", "maxBodyLength: 18446744073709551616", Expect.Clean)]
    [InlineData(ContentKind.Settings, "maxSegments:", "maxSegments: 255", Expect.Clean)]
    [InlineData(ContentKind.Settings, "maxSegments:", "maxSegments: 256", Expect.Clean)]
    [InlineData(ContentKind.Settings, "maxSegments:", "maxSegments: 1.5", Expect.Finding)]
    [InlineData(ContentKind.Settings, "whatsapp:", "fax:\n  maxBodyLength: 1", Expect.Finding)]
    [InlineData(ContentKind.Settings, "whatsapp:", "whatsapp: {}", Expect.Clean)]
    [InlineData(ContentKind.Settings, "apply:", "apply: {}", Expect.Clean)]
    [InlineData(ContentKind.Settings, "apply:", "apply: ~", Expect.Finding)]
    [InlineData(ContentKind.Settings, "webhooks:", "webhooks: []", Expect.Clean)]
    [InlineData(ContentKind.Settings, "name:", "name: Bad Name", Expect.Clean)]
    [InlineData(ContentKind.Settings, "urlEnv:", "", Expect.Finding)]
    [InlineData(ContentKind.Settings, "secretEnv:", "secretEnv: 5", Expect.Finding)]
    [InlineData(ContentKind.Settings, "events:", "events: [bogus]", Expect.Clean)]
    [InlineData(ContentKind.Settings, "events:", "events: bogus", Expect.Finding)]
    [InlineData(ContentKind.Settings, "auditLog:", "auditLog: \"\"", Expect.Clean)]
    [InlineData(ContentKind.Settings, "auditLog:", "auditLog: ~", Expect.Finding)]
    [InlineData(ContentKind.Settings, "auditLog:", "auditLog: [a]", Expect.Finding)]
    public void IsCertainlyClean_EditedDocument_NeverCleanWhenNJsonSchemaHasFindings(ContentKind kind, string marker, string replacement, Expect expect) =>
        AssertCase(kind, Edit(Base(kind), marker, replacement), expect);

    [Theory]
    [MemberData(nameof(SchemaProbe.Cases), MemberType = typeof(SchemaProbe))]
    public void IsCertainlyClean_ProbeConstraint_NeverCleanWhenNJsonSchemaHasFindings(string field, string value, Expect bare, Expect checkedByRule)
    {
        var compiled = CompiledSchema.TryCompile(SchemaProbe.Text);
        Assert.NotNull(compiled);

        foreach (var (name, expect) in new[] { (field, bare), (field + "Checked", checkedByRule) })
        {
            var yaml = $"{SchemaProbe.RequiredField}: x\n{name}: {value}\n";
            var root = Parse(yaml);
            AssertOutcome(compiled.IsCertainlyClean(root), SchemaProbe.IsCleanByValidator(SchemaProbe.Schema, root), expect, yaml);
        }
    }

    [Theory]
    [InlineData("req: x\n", Expect.Clean)]
    [InlineData("req: x\nunknown: 1\n", Expect.Finding)]
    [InlineData("pattern: ab\n", Expect.Finding)]
    [InlineData("req: ~\n", Expect.Finding)]
    [InlineData("req: x\nReq: y\n", Expect.Finding)]
    [InlineData("req: x\n\"patternChecked \": ab\n", Expect.Finding)]
    public void IsCertainlyClean_ProbeKeys_UnknownOrMissingIsAFinding(string yaml, Expect expect)
    {
        var root = Parse(yaml);
        AssertOutcome(CompiledSchema.TryCompile(SchemaProbe.Text)!.IsCertainlyClean(root), SchemaProbe.IsCleanByValidator(SchemaProbe.Schema, root), expect, yaml);
    }

    public static TheoryData<ContentKind> Kinds => new(Enum.GetValues<ContentKind>());

    private static void AssertCase(ContentKind kind, string yaml, Expect expect)
    {
        var root = Parse(yaml);
        var oracle = SchemaChecker.IsCleanByValidator(kind, root);
        // The probe tests rely on SchemaProbe's copy of the oracle; it must answer as the real one does.
        Assert.Equal(oracle, SchemaProbe.IsCleanByValidator(ContentSchemas.Get(kind), root));
        AssertOutcome(ContentSchemas.Compiled(kind)!.IsCertainlyClean(root), oracle, expect, yaml);
    }

    private static void AssertOutcome(bool compiled, bool oracle, Expect expect, string yaml)
    {
        Assert.False(compiled && !oracle, $"LOST FINDING: compiled says clean, NJsonSchema has findings, for:\n{yaml}");
        switch (expect)
        {
            case Expect.Clean:
                Assert.True(oracle, $"NJsonSchema has findings, the case expected none:\n{yaml}");
                Assert.True(compiled, $"compiled is unsure of an ordinary clean document (the fast path is lost):\n{yaml}");
                break;
            case Expect.CleanMaybeSlow:
                Assert.True(oracle, $"NJsonSchema has findings, the case expected none:\n{yaml}");
                break;
            case Expect.Finding:
                Assert.False(oracle, $"NJsonSchema finds nothing, the case expected a finding:\n{yaml}");
                break;
            default:
                Assert.True(compiled == oracle, $"compiled says {compiled}, NJsonSchema says {oracle}, for:\n{yaml}");
                break;
        }
    }

    private static YamlMapping Parse(string yaml)
    {
        var read = YamlDocumentReader.Read("f.yaml", yaml);
        Assert.True(read.Root is not null, $"the case is not readable YAML ({Check.Describe(read.Diagnostics)}):\n{yaml}");
        return read.Root;
    }

    private static string Base(ContentKind kind) => kind switch
    {
        ContentKind.Template => Samples.Template,
        ContentKind.Theme => ThemeBase,
        ContentKind.Widget => WidgetBase,
        _ => SettingsBase,
    };

    /// <summary>
    /// Replaces the first entry whose key starts with <paramref name="marker"/> — its line and every
    /// line nested under it — by <paramref name="replacement"/> at the same place; empty removes it.
    /// </summary>
    private static string Edit(string text, string marker, string replacement)
    {
        var lines = text.Split('\n').ToList();
        var index = lines.FindIndex(l => l[KeyColumn(l)..].StartsWith(marker, StringComparison.Ordinal));
        Assert.True(index >= 0, $"marker '{marker}' not found");
        var column = KeyColumn(lines[index]);
        var end = index + 1;
        while (end < lines.Count && lines[end].Trim().Length > 0 && lines[end].Length - lines[end].TrimStart(' ').Length > column)
        {
            end++;
        }

        var prefix = lines[index][..column];
        var added = replacement.Length == 0 ? [] : replacement.Split('\n').Select((l, i) => (i == 0 ? prefix : new string(' ', column)) + l);
        lines.RemoveRange(index, end - index);
        lines.InsertRange(index, added);
        return string.Join('\n', lines);
    }

    /// <summary>Where a line's key starts: after its indentation and a list item's "- ".</summary>
    private static int KeyColumn(string line)
    {
        var indent = line.Length - line.TrimStart(' ').Length;
        return line.AsSpan(indent).StartsWith("- ") ? indent + 2 : indent;
    }
}
