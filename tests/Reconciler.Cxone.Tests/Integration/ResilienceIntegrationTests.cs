using System.Diagnostics;
using Cxone.Emulator;
using Reconciler.Cxone.Templates;
using Reconciler.Cxone.Tests.Fakes;
using Xunit.Abstractions;

namespace Reconciler.Cxone.Tests.Integration;

[Collection(EmulatorCollection.Name)]
public sealed class ResilienceIntegrationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Calls_TokensLiveTwoSecondsDuringTenSecondRun_NoFailure()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync(tokenTtl: TimeSpan.FromSeconds(2));
        using ICxoneClient client = EmulatorHarness.Connect(emu);
        await client.CreateTemplateVersionAsync(Payloads.Template());
        var clock = Stopwatch.StartNew();
        int calls = 0;

        await Parallel.ForAsync(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (_, ct) =>
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                await client.ListTemplatesAsync(ct).ToListAsync(ct);
                await client.ListWidgetThemesAsync("w-1", ct).ToListAsync(ct);
                Interlocked.Add(ref calls, 2);
                await Task.Delay(20, ct);
            }
        });

        // Refreshed about every second (a 2 s token is replaced when 1 s is left), never refused.
        Assert.InRange(client.Statistics.TokenRequests, 6, 16);
        Assert.False(client.Statistics.ResponsesByStatus.ContainsKey(401), "a request went out with an expired token");
        output.WriteLine($"{calls} calls in 10 s with 2 s tokens: {client.Statistics}");
    }

    [Fact]
    public async Task Calls_FiftyConcurrentFirstCalls_OneTokenRequest()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync();
        using ICxoneClient client = EmulatorHarness.Connect(emu);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => client.ListWidgetThemesAsync("w-" + i).ToListAsync().AsTask())));

        Assert.Equal(1, emu.Statistics.TokenRequests);
        Assert.Equal(50, emu.Statistics.TotalRequests);
    }

    [Fact]
    public async Task Calls_429WithRetryAfter_WaitsAtLeastThatLong()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync();
        using var faults = new FaultHeaderHandler();
        using ICxoneClient client = EmulatorHarness.Connect(emu, handler: faults);
        await client.ListWidgetsAsync().ToListAsync(); // token fetched outside the measurement
        faults.ForceNext(HttpMethod.Get, "/api/v1/omnichannel/webmessaging/widgets", "429");

        var clock = Stopwatch.StartNew();
        await client.ListWidgetsAsync().ToListAsync();
        clock.Stop();

        // The emulator says Retry-After: 1; the base backoff is only 50 ms.
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4));
        Assert.Equal(1, client.Statistics.RateLimitedResponses);
        Assert.Equal(1, client.Statistics.Retries);
    }

    [Theory]
    [InlineData("500")]
    [InlineData("503")]
    [InlineData("drop")]
    public async Task Calls_ForcedTransientFault_RetriedToSuccess(string fault)
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync();
        using var faults = new FaultHeaderHandler();
        using ICxoneClient client = EmulatorHarness.Connect(emu, handler: faults);
        faults.ForceNext(HttpMethod.Get, "/api/v1/omnichannel/webmessaging/widgets", fault);

        await client.ListWidgetsAsync().ToListAsync();

        Assert.Equal(1, client.Statistics.Retries);
        Assert.Equal(2, emu.Statistics.CountFor("GET /api/v1/omnichannel/webmessaging/widgets"));
    }

    [Fact]
    public async Task Calls_ClientLimitBelowTenantLimit_No429s()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync(rateLimit: 20);
        using ICxoneClient client = EmulatorHarness.Connect(emu, EmulatorHarness.Options with { RequestsPerSecond = 18 });

        // Drain the emulator's one-second allowance first, so the run below meets the steady rate.
        var clock = Stopwatch.StartNew();
        await Parallel.ForAsync(0, 80, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, ct) =>
            await client.ListWidgetsAsync(ct).ToListAsync(ct));
        clock.Stop();

        Assert.Equal(0, emu.Statistics.RateLimited);
        double rate = 80 / clock.Elapsed.TotalSeconds;
        Assert.True(rate <= 18.5, $"the client limit of 18/s was exceeded: {rate:0.0} calls/s");
        output.WriteLine($"80 calls with a client limit of 18/s against a tenant limit of 20/s: {rate:0.0} calls/s, {emu.Statistics.RateLimited} × 429");
    }

    [Fact]
    public async Task Calls_NoClientLimitAgainstTenantLimit_429sAbsorbedByRetries()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync(rateLimit: 20);
        using ICxoneClient client = EmulatorHarness.Connect(emu);

        await Parallel.ForAsync(0, 60, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, ct) =>
            await client.ListWidgetsAsync(ct).ToListAsync(ct));

        Assert.True(emu.Statistics.RateLimited > 0, "expected the tenant limit to be hit without a client-side limit");
        output.WriteLine($"60 calls without a client limit: {emu.Statistics.RateLimited} × 429, all absorbed; {client.Statistics}");
    }
}
