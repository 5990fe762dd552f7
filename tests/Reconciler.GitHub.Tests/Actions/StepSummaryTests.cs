using Reconciler.GitHub.Actions;

namespace Reconciler.GitHub.Tests.Actions;

public sealed class StepSummaryTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "summary-" + Guid.NewGuid().ToString("N") + ".md");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public async Task AppendAsync_EarlierContent_KeepsItAndSeparatesReports()
    {
        await File.WriteAllTextAsync(_path, "# Build\n");
        var summary = new StepSummary(_path);

        await summary.AppendAsync("report", CancellationToken.None);

        Assert.Equal("# Build\n\nreport\n", await File.ReadAllTextAsync(_path));
    }

    [Fact]
    public async Task RemainingBytes_AfterEarlierWriters_IsWhatIsLeftOfOneMebibyte()
    {
        await File.WriteAllTextAsync(_path, new string('x', 1_000));

        Assert.Equal(StepSummary.MaxBytes - 1_000 - 2, new StepSummary(_path).RemainingBytes());
    }

    [Fact]
    public void RemainingBytes_NoFileYet_IsTheWholeLimit()
    {
        Assert.Equal(StepSummary.MaxBytes - 2, new StepSummary(_path).RemainingBytes());
    }
}
