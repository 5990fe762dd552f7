namespace Reconciler.Cxone.Tests;

public sealed class CxoneCallStatisticsTests
{
    [Fact]
    public void ResponsesByStatus_CountsEachCodeInOrder_AndCountsEvery429AsRateLimited()
    {
        var statistics = new CxoneCallStatistics();

        foreach (var status in new[] { 200, 404, 200, 429, 999, 100, 429 })
        {
            statistics.ResponseReceived(status);
        }

        Assert.Equal([(100, 1L), (200, 2L), (404, 1L), (429, 2L), (999, 1L)], statistics.ResponsesByStatus.Select(p => (p.Key, p.Value)));
        Assert.Equal(2, statistics.RateLimitedResponses);
    }

    [Fact]
    public void ResponsesByStatus_FromManyThreads_LosesNoCount()
    {
        var statistics = new CxoneCallStatistics();

        Parallel.For(0, 8_000, i => statistics.ResponseReceived(i % 2 == 0 ? 200 : 503));

        Assert.Equal(4_000, statistics.ResponsesByStatus[200]);
        Assert.Equal(4_000, statistics.ResponsesByStatus[503]);
    }

    [Fact]
    public void ResponsesByStatus_NothingReceived_IsEmpty() =>
        Assert.Empty(new CxoneCallStatistics().ResponsesByStatus);
}
