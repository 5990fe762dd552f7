using System.Diagnostics;
using Reconciler.Core.Content;
using Reconciler.Core.Tests.Hostile.Corpus;
using Reconciler.Core.Tests.Support;
using Reconciler.Core.Validation;
using Xunit.Abstractions;

namespace Reconciler.Core.Tests.Hostile;

/// <summary>
/// Issue 9: every mutant of the hostile corpus goes through the real loading and validation path
/// (files on disk, <see cref="WorkingTreeSource"/>, <see cref="ContentValidator.LoadAndValidate"/>)
/// and must come back — within a per-mutant limit that catches hangs — either valid or with at
/// least one error, every diagnostic located and free of stack-trace text.
/// </summary>
public sealed class HostileCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void LoadAndValidate_EveryMutant_EndsWithLocatedDiagnosticsNeverACrashOrHang()
    {
        var seeds = SeedFile.LoadFrom(RepoPaths.ContentExample);
        var tallies = new SortedDictionary<string, KindTally>(StringComparer.Ordinal);
        var failures = new List<string>();
        var total = Stopwatch.StartNew();

        // Two workers, each with its own scratch repository: the corpus stays well under a minute
        // on a busy two-core machine. Results are merged under a lock.
        Parallel.ForEach(
            MutantGenerator.Generate(seeds),
            new ParallelOptions { MaxDegreeOfParallelism = 2 },
            () => new ScratchRepository(seeds),
            (mutant, loop, repository) =>
            {
                var started = Stopwatch.GetTimestamp();
                repository.Write(mutant.Path, mutant.Content);
                var outcome = BoundedValidation.TryRun(new WorkingTreeSource(repository.Root), out var report);
                repository.Restore(mutant.Path);
                var problems = outcome is not null ? [outcome] : Problems(mutant, report!);
                lock (tallies)
                {
                    var tally = tallies.TryGetValue(mutant.Kind, out var found) ? found : tallies[mutant.Kind] = new KindTally();
                    tally.Elapsed += Stopwatch.GetElapsedTime(started);
                    tally.Count++;
                    tally.Valid += report?.IsValid == true ? 1 : 0;
                    tally.Diagnostics += report?.Diagnostics.Count ?? 0;
                    failures.AddRange(problems.Select(p => $"{mutant}: {p}"));
                }

                if (outcome?.StartsWith("hang", StringComparison.Ordinal) == true)
                {
                    loop.Stop(); // the hung run still holds a thread; later timings would mean nothing
                }

                return repository;
            },
            repository => repository.Dispose());

        output.WriteLine($"{"kind",-20} {"mutants",8} {"valid",6} {"diagnostics",12} {"seconds",8}");
        foreach (var (kind, tally) in tallies)
        {
            output.WriteLine($"{kind,-20} {tally.Count,8} {tally.Valid,6} {tally.Diagnostics,12} {tally.Elapsed.TotalSeconds,8:0.0}");
        }

        output.WriteLine($"{"total",-20} {tallies.Values.Sum(t => t.Count),8} {tallies.Values.Sum(t => t.Valid),6} {tallies.Values.Sum(t => t.Diagnostics),12}  in {total.Elapsed.TotalSeconds:0.0} s; {failures.Count} failure(s)");
        Assert.True(failures.Count == 0, $"{failures.Count} failure(s):\n" + string.Join('\n', failures.Take(40)));
        Assert.True(tallies.Values.Sum(t => t.Count) >= 1000, "the corpus must hold at least 1,000 mutants");
    }

    /// <summary>What is wrong with one mutant's report: the invariants, plus that the mutated file was read and located within.</summary>
    private static IReadOnlyList<string> Problems(Mutant mutant, ValidationReport report)
    {
        var problems = DiagnosticInvariants.Check(report.Diagnostics, report.Content.Files.ToHashSet(StringComparer.Ordinal), report.IsValid).ToList();
        if (!report.Content.Files.Contains(mutant.Path))
        {
            problems.Add("the mutated file was not read");
        }

        var lines = LineCount(mutant.Content);
        problems.AddRange(report.Diagnostics.Where(d => d.File == mutant.Path && d.Line > lines).Select(d => $"{d.Code} at line {d.Line} of a {lines}-line file"));
        return problems;
    }

    /// <summary>Lines as the reader counts them: LF, CRLF and a lone CR each end one.</summary>
    private static int LineCount(byte[] content)
    {
        var breaks = 0;
        for (var i = 0; i < content.Length; i++)
        {
            breaks += content[i] == '\n' || (content[i] == '\r' && (i + 1 == content.Length || content[i + 1] != '\n')) ? 1 : 0;
        }

        return breaks + 1;
    }

    private sealed class KindTally
    {
        public int Count { get; set; }

        public int Valid { get; set; }

        public int Diagnostics { get; set; }

        public TimeSpan Elapsed { get; set; }
    }
}
