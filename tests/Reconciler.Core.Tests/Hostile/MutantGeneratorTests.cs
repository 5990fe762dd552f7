using System.Security.Cryptography;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Tests.Hostile.Corpus;
using Reconciler.Core.Tests.Support;

namespace Reconciler.Core.Tests.Hostile;

/// <summary>The corpus itself: reproducible, and holding what issue 9 lists (so a green run means something).</summary>
public sealed class MutantGeneratorTests
{
    private static readonly IReadOnlyList<SeedFile> Seeds = SeedFile.LoadFrom(RepoPaths.ContentExample);

    [Fact]
    public void Generate_SameSeedTwice_SameMutantsByteForByte()
    {
        Assert.Equal(Fingerprints(MutantGenerator.DefaultSeed), Fingerprints(MutantGenerator.DefaultSeed));
        Assert.NotEqual(Fingerprints(MutantGenerator.DefaultSeed), Fingerprints(MutantGenerator.DefaultSeed + 1));
    }

    [Fact]
    public void Generate_ContentExample_StartsFromEveryContentFileAndHoldsOverAThousandMutants()
    {
        Assert.Contains(Seeds, s => s.Path == "reconciler.yaml");
        Assert.Contains(Seeds, s => s.Path == "templates/support/tmpl_ticket_update.yaml");
        Assert.Equal(3, Seeds.Count(s => s.Path.StartsWith("widgets/", StringComparison.Ordinal)));

        var count = MutantGenerator.Generate(Seeds).Count();

        Assert.Equal(MutantGenerator.CountFor(Seeds.Count), count);
        Assert.True(count >= 1000, $"{count} mutants");
    }

    [Fact]
    public void Generate_ContentExample_HoldsEveryMutationIssue9Lists()
    {
        var mutants = MutantGenerator.Generate(Seeds).ToList();
        bool Any(string kind, Func<Mutant, bool> test) => mutants.Any(m => m.Kind == kind && test(m));

        Assert.True(Any(MutationKinds.Truncation, m => m.Description.Contains("mid UTF-8", StringComparison.Ordinal) && (m.Content[^1] & 0x80) != 0));
        Assert.True(Any(MutationKinds.DeepNesting, m => m.Description.StartsWith("10000 levels", StringComparison.Ordinal)));
        Assert.True(Any(MutationKinds.HugeString, m => m.Content.Length > 5 * 1024 * 1024));
        Assert.True(Any(MutationKinds.ControlCharacters, m => m.Content.Contains((byte)0x1B)));
        Assert.True(Any(MutationKinds.ControlCharacters, m => m.Content.AsSpan().IndexOf("\u202E"u8) >= 0));
        Assert.True(Any(MutationKinds.InvalidUtf8, m => m.Content.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE })));
        Assert.True(Any(MutationKinds.InvalidUtf8, m => m.Content.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF })));
        Assert.True(Any(MutationKinds.YamlTags, m => m.Description.Contains("!!binary", StringComparison.Ordinal)));
        Assert.True(Any(MutationKinds.YamlTags, m => m.Description.Contains("!!python/object", StringComparison.Ordinal)));
        Assert.True(Any(MutationKinds.AnchorsAliases, m => m.Description.StartsWith("alias bomb", StringComparison.Ordinal)));
        foreach (var kind in new[] { MutationKinds.TypeSwap, MutationKinds.WrongType, MutationKinds.DuplicateKey, MutationKinds.Documents, MutationKinds.LineEdits, MutationKinds.SyntaxCharacters })
        {
            Assert.True(Any(kind, _ => true), kind);
        }

        var unchanged = mutants.Where(m => Seeds.Any(s => s.Path == m.Path && s.Content.AsSpan().SequenceEqual(m.Content))).ToList();
        Assert.True(unchanged.Count == 0, string.Join('\n', unchanged));
    }

    [Fact]
    public void Check_DiagnosticsThatBreakTheRules_AreEachReported()
    {
        // The corpus test is only as good as this check: it must catch what it claims to.
        Diagnostic[] bad =
        [
            new("templates/a.yaml", 0, 1, Severity.Error, DiagnosticCodes.YamlSyntax, "no line"),
            new("/tmp/x/templates/a.yaml", 1, 1, Severity.Error, DiagnosticCodes.YamlSyntax, "absolute"),
            new("templates/../a.yaml", 1, 1, Severity.Error, DiagnosticCodes.YamlSyntax, "dot-dot"),
            new("templates/b.yaml", 1, 1, Severity.Error, DiagnosticCodes.YamlSyntax, "not read"),
            new("templates/a.yaml", 1, 1, Severity.Error, "XYZ999", "unknown code"),
            new("templates/a.yaml", 1, 1, Severity.Warning, DiagnosticCodes.YamlSyntax, "severity differs from the catalog"),
            new("templates/a.yaml", 1, 1, Severity.Error, DiagnosticCodes.YamlSyntax, "NullReferenceException: Object reference not set"),
            new("templates/a.yaml", 1, 1, Severity.Error, DiagnosticCodes.YamlSyntax, "boom    at Reconciler.Core.X()"),
            new("templates/a.yaml", 1, 1, Severity.Error, DiagnosticCodes.YamlSyntax, "The file could not be processed (X); please report this as a bug"),
        ];

        foreach (var d in bad)
        {
            Assert.Single(DiagnosticInvariants.Check(new[] { d }, ["templates/a.yaml", "/tmp/x/templates/a.yaml", "templates/../a.yaml"], isValid: !d.IsError));
        }

        Assert.Single(DiagnosticInvariants.Check(Array.Empty<Diagnostic>(), ["templates/a.yaml"], isValid: false));
        Assert.Empty(DiagnosticInvariants.Check(new Diagnostic[] { new("templates/a.yaml", 3, 7, Severity.Error, DiagnosticCodes.YamlSyntax, "YAML syntax error: fix it.") }, ["templates/a.yaml"], isValid: false));
    }

    private static List<string> Fingerprints(int seed) =>
        MutantGenerator.Generate(Seeds, seed).Select(m => m.Kind + m.Path + Convert.ToHexString(SHA256.HashData(m.Content))).ToList();
}
