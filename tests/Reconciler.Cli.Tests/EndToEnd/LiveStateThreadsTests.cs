using Reconciler.Cli.Commands;

namespace Reconciler.Cli.Tests.EndToEnd;

/// <summary>
/// Plan reads CXone while validation keeps one pool thread per core busy; the answers need pool
/// threads of their own from the start, not when the pool gets round to adding them.
/// </summary>
public sealed class LiveStateThreadsTests
{
    [Fact]
    public async Task Plan_ReservesPoolThreadsForLiveStateBesideOnePerCore()
    {
        await using var tenant = await TenantScope.StartAsync();

        var plan = await tenant.RunAsync("plan", "--detailed-exitcode");

        Assert.Equal(2, plan.ExitCode);
        ThreadPool.GetMinThreads(out var workers, out _);
        Assert.True(
            workers >= Environment.ProcessorCount + ReconcileSession.LiveStateThreads,
            $"the pool keeps {workers} threads ready; validation takes {Environment.ProcessorCount}");
    }
}
