using System.Text.Json;
using Reconciler.Core.Content;
using Reconciler.Core.Tests.Hostile.Corpus;
using Reconciler.Core.Validation;
using Reconciler.TestSupport;
using Xunit.Abstractions;

namespace Reconciler.Cli.Tests.Hostile;

/// <summary>
/// Issue 9 at the command line: a sample of the hostile corpus (the Core tests run all of it)
/// through <c>reconciler validate</c> in-process. For each mutant: exit 0 exactly when valid,
/// otherwise 1; stdout is SPEC §4's JSON with the same diagnostics the library reports, and SARIF
/// with one located result per diagnostic; the text output carries no raw control characters from
/// the file; stderr has no stack trace.
/// </summary>
public sealed class HostileCliTests(ITestOutputHelper output)
{
    /// <summary>Mutants per kind in the sample: 13 kinds × 5 = 65.</summary>
    private const int PerKind = 5;

    private static readonly TimeSpan PerRunLimit = TimeSpan.FromSeconds(20);

    private static readonly string[] StackTraceMarks = ["   at ", "Exception:", "Unhandled exception", "--- End of"];

    [Fact]
    public async Task Validate_SampleOfTheHostileCorpus_ExitsCleanlyWithSpecJsonAndNoStackTrace()
    {
        var seeds = SeedFile.LoadFrom(RepositoryFiles.ContentExample);
        using var repository = new ScratchRepository(seeds);
        var sample = Sample(MutantGenerator.Generate(seeds)).ToList();
        var failures = new List<string>();
        var exitCodes = new SortedDictionary<int, int>();

        foreach (var mutant in sample)
        {
            repository.Write(mutant.Path, mutant.Content);
            try
            {
                var expected = ContentValidator.LoadAndValidate(new WorkingTreeSource(repository.Root));
                var json = await CliTester.RunAsync("validate", "--repo", repository.Root, "--output", "json").WaitAsync(PerRunLimit);
                var text = await CliTester.RunAsync("validate", "--repo", repository.Root).WaitAsync(PerRunLimit);
                var sarif = await CliTester.RunAsync("validate", "--repo", repository.Root, "--output", "sarif").WaitAsync(PerRunLimit);
                exitCodes[json.ExitCode] = exitCodes.GetValueOrDefault(json.ExitCode) + 1;
                failures.AddRange(Problems(json, text, expected, seeds).Concat(SarifProblems(sarif, expected)).Select(p => $"{mutant}: {p}"));
            }
            catch (TimeoutException)
            {
                failures.Add($"{mutant}: hang: no result after {PerRunLimit.TotalSeconds} s");
                break;
            }
            finally
            {
                repository.Restore(mutant.Path);
            }
        }

        output.WriteLine($"{sample.Count} mutants of {sample.Select(m => m.Kind).Distinct().Count()} kinds; exit codes: {string.Join(", ", exitCodes.Select(e => $"{e.Key} ×{e.Value}"))}; {failures.Count} failure(s)");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(30)));
        Assert.True(sample.Count >= 50, $"only {sample.Count} mutants sampled");
    }

    /// <summary>The first <see cref="PerKind"/> mutants of each kind; the corpus yields kind by kind.</summary>
    private static IEnumerable<Mutant> Sample(IEnumerable<Mutant> corpus) =>
        corpus.GroupBy(m => m.Kind).SelectMany(g => g.Where((_, i) => i % 9 == 0).Take(PerKind));

    private static List<string> Problems(CliResult json, CliResult text, ValidationReport expected, IReadOnlyList<SeedFile> seeds)
    {
        var problems = new List<string>();
        if (json.ExitCode != (expected.IsValid ? 0 : 1) || text.ExitCode != json.ExitCode)
        {
            problems.Add($"exit codes {json.ExitCode} (json) and {text.ExitCode} (text) for a {(expected.IsValid ? "valid" : "invalid")} repository");
        }

        foreach (var (stream, content) in new[] { ("json stderr", json.Error), ("text stderr", text.Error), ("text stdout", text.Output) })
        {
            if (StackTraceMarks.FirstOrDefault(m => content.Contains(m, StringComparison.Ordinal)) is { } mark)
            {
                problems.Add($"{stream} contains '{mark}'");
            }
        }

        if (text.Output.FirstOrDefault(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t') is var control and not '\0')
        {
            problems.Add($"text stdout carries the raw control character U+{(int)control:X4}");
        }

        try
        {
            problems.AddRange(JsonProblems(json.Output, expected, seeds));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            problems.Add($"stdout is not SPEC §4 JSON ({e.Message}): {json.Output[..Math.Min(300, json.Output.Length)]}");
        }

        return problems;
    }

    /// <summary>SARIF: one result per diagnostic, each with a known rule and a region from line and column 1.</summary>
    private static IEnumerable<string> SarifProblems(CliResult sarif, ValidationReport expected)
    {
        if (sarif.ExitCode != (expected.IsValid ? 0 : 1) || sarif.Error.Contains("   at ", StringComparison.Ordinal))
        {
            return [$"sarif run exited {sarif.ExitCode} or printed a stack trace"];
        }

        try
        {
            using var document = JsonDocument.Parse(sarif.Output);
            var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
            var bad = results.Count(r =>
            {
                var region = r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
                return Core.Diagnostics.DiagnosticCatalog.Find(r.GetProperty("ruleId").GetString()!) is null
                    || region.GetProperty("startLine").GetInt32() < 1 || region.GetProperty("startColumn").GetInt32() < 1;
            });
            return results.Count != expected.Diagnostics.Count || bad > 0
                ? [$"SARIF holds {results.Count} results ({bad} without a rule or region) for {expected.Diagnostics.Count} diagnostics"]
                : [];
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException)
        {
            return [$"stdout is not SARIF ({e.Message})"];
        }
    }

    private static IEnumerable<string> JsonProblems(string stdout, ValidationReport expected, IReadOnlyList<SeedFile> seeds)
    {
        using var document = JsonDocument.Parse(stdout);
        var root = document.RootElement;
        if (!root.EnumerateObject().Select(p => p.Name).SequenceEqual(["valid", "diagnostics", "changes", "summary"]))
        {
            yield return "top-level keys differ from valid, diagnostics, changes, summary";
        }

        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().Select(d =>
        {
            if (!d.EnumerateObject().Select(p => p.Name).SequenceEqual(["file", "line", "column", "severity", "code", "message"]))
            {
                throw new InvalidOperationException("a diagnostic's keys differ from file, line, column, severity, code, message");
            }

            return (d.GetProperty("file").GetString()!, d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(),
                d.GetProperty("severity").GetString()!, d.GetProperty("code").GetString()!, d.GetProperty("message").GetString()!);
        }).ToList();
        var valid = root.GetProperty("valid").GetBoolean();
        foreach (var problem in DiagnosticInvariants.Check(diagnostics, seeds.Select(s => s.Path).ToHashSet(StringComparer.Ordinal), valid))
        {
            yield return problem;
        }

        var library = expected.Diagnostics.Select(d => (d.File, d.Line, d.Column, d.IsError ? "error" : "warning", d.Code, d.Message));
        if (!diagnostics.SequenceEqual(library))
        {
            yield return $"the JSON holds {diagnostics.Count} diagnostics, the library reported {expected.Diagnostics.Count} (or they differ)";
        }

        if (valid != expected.IsValid || root.GetProperty("summary").GetProperty("errors").GetInt32() != expected.ErrorCount || root.GetProperty("changes").GetArrayLength() != 0)
        {
            yield return "valid, summary.errors or changes disagree with the library's report";
        }
    }
}
