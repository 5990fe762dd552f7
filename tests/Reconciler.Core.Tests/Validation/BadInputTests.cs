using System.Diagnostics;
using Reconciler.Core.Content;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Tests.Support;
using Reconciler.Core.Validation;

namespace Reconciler.Core.Tests.Validation;

public sealed class BadInputTests
{
    [Theory]
    [MemberData(nameof(BadInputCorpus.Names), MemberType = typeof(BadInputCorpus))]
    public void LoadAndValidate_BadFile_YieldsItsDiagnosticWithoutThrowing(string name)
    {
        var bad = BadInputCorpus.Get(name);
        var root = Directory.CreateTempSubdirectory("reconciler-bad-");
        try
        {
            var path = Path.Combine(root.FullName, bad.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bad.Content);

            var stopwatch = Stopwatch.StartNew();
            var report = ContentValidator.LoadAndValidate(new WorkingTreeSource(root.FullName));
            stopwatch.Stop();

            Assert.False(report.IsValid);
            var d = Assert.Single(report.Diagnostics, x => x.Code == bad.Code);
            Assert.Equal((bad.Path, Severity.Error, bad.Line, bad.Column), (d.File, d.Severity, d.Line, d.Column));
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"{name} took {stopwatch.Elapsed}");
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void LoadAndValidate_WholeCorpusTogether_ReportsEveryFile()
    {
        var source = new InMemorySource();
        foreach (var bad in BadInputCorpus.All.DistinctBy(c => c.Path))
        {
            source.Add(bad.Path, bad.Content);
        }

        var report = ContentValidator.LoadAndValidate(source);

        var filesWithErrors = report.Diagnostics.Where(d => d.IsError).Select(d => d.File).ToHashSet();
        Assert.Superset(BadInputCorpus.All.Select(c => c.Path).ToHashSet(), filesWithErrors);
    }
}
