using System.Diagnostics;
using System.Net;
using Cxone.Emulator;
using Reconciler.Cxone.Jobs;
using Reconciler.Cxone.Templates;
using Reconciler.Cxone.Tests.Fakes;
using Xunit.Abstractions;

namespace Reconciler.Cxone.Tests.Integration;

[Collection(EmulatorCollection.Name)]
public sealed class TemplateIntegrationTests(ITestOutputHelper output)
{
    private const string TemplatesRoute = "POST /api/v1/interactions/digital/templates";

    [Fact]
    public async Task CreateTemplateVersion_200SubmissionsAtFaultRate30Percent_AllCreatedNoneDuplicated()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync(faultRate: 0.3);
        using ICxoneClient client = EmulatorHarness.Connect(emu);
        TemplatePayload[] payloads = Enumerable.Range(0, 200).Select(i => Payloads.Template(id: $"tmpl_fault_{i:000}")).ToArray();
        var outcomes = new TemplateVersionOutcome[payloads.Length];

        var clock = Stopwatch.StartNew();
        await Parallel.ForAsync(0, payloads.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
            outcomes[i] = await client.CreateTemplateVersionAsync(payloads[i], ct));
        clock.Stop();

        Assert.All(outcomes, o => Assert.True(o is TemplateVersionOutcome.Created or TemplateVersionOutcome.AlreadyExists, o.ToString()));
        List<TemplateVersion> live = await client.ListTemplatesAsync().ToListAsync();
        Assert.Equal(payloads.Select(p => p.TemplateId).Order(StringComparer.Ordinal), live.Select(t => t.TemplateId).Order(StringComparer.Ordinal));
        foreach (TemplatePayload sample in payloads.Where((_, i) => i % 20 == 0))
        {
            TemplateVersion only = Assert.Single(await client.ListTemplateVersionsAsync(sample.TemplateId).ToListAsync());
            Assert.Equal(sample.ContentBlocks, only.ContentBlocks);
        }

        Assert.True(emu.Statistics.FaultsInjected > 50, $"only {emu.Statistics.FaultsInjected} faults were injected");
        output.WriteLine(
            $"200 creations at fault rate 0.3: {clock.Elapsed.TotalSeconds:0.0} s, {client.Statistics}, " +
            $"{outcomes.Count(o => o is TemplateVersionOutcome.AlreadyExists)} recognised as already created, emulator injected {emu.Statistics.FaultsInjected} faults");
    }

    [Fact]
    public async Task CreateTemplateVersion_AnswerLostAfterCreate_RecognisedAsAlreadyExists()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync();
        using var faults = new FaultHeaderHandler();
        using ICxoneClient client = EmulatorHarness.Connect(emu, handler: faults);
        faults.ForceNext(HttpMethod.Post, "/api/v1/interactions/digital/templates", "drop-after");

        TemplateVersionOutcome outcome = await client.CreateTemplateVersionAsync(Payloads.Template(hash: "sha256:one"));

        Assert.IsType<TemplateVersionOutcome.AlreadyExists>(outcome);
        Assert.Single(await client.ListTemplateVersionsAsync("tmpl_order_shipped").ToListAsync());
        Assert.Equal(2, emu.Statistics.CountFor(TemplatesRoute));
    }

    [Fact]
    public async Task CreateTemplateVersion_ConnectionDroppedBeforeProcessing_RetriedAndCreated()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync();
        using var faults = new FaultHeaderHandler();
        using ICxoneClient client = EmulatorHarness.Connect(emu, handler: faults);
        faults.ForceNext(HttpMethod.Post, "/api/v1/interactions/digital/templates", "drop");

        TemplateVersionOutcome outcome = await client.CreateTemplateVersionAsync(Payloads.Template());

        Assert.IsType<TemplateVersionOutcome.Created>(outcome);
        Assert.Equal(1, client.Statistics.TransportFailures);
    }

    [Fact]
    public async Task CreateTemplateVersion_SameVersionDifferentContent_Conflict()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync();
        using ICxoneClient client = EmulatorHarness.Connect(emu);
        Assert.IsType<TemplateVersionOutcome.Created>(await client.CreateTemplateVersionAsync(Payloads.Template(hash: "sha256:a")));

        TemplateVersionOutcome second = await client.CreateTemplateVersionAsync(Payloads.Template(text: "Changed {{customer.name}} {{order.id}}", hash: "sha256:b"));

        var conflict = Assert.IsType<TemplateVersionOutcome.Conflict>(second);
        Assert.Equal("sha256:a", conflict.LiveContentHash);
    }

    [Fact]
    public async Task CreateTemplateVersion_JobFails_SurfacesErrorMessage()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync(jobFailureRate: 1.0);
        using ICxoneClient client = EmulatorHarness.Connect(emu);

        var failed = Assert.IsType<TemplateVersionOutcome.Failed>(await client.CreateTemplateVersionAsync(Payloads.Template()));

        Assert.False(string.IsNullOrWhiteSpace(failed.ErrorMessage));
        output.WriteLine("FAILED job says: " + failed.ErrorMessage);
    }

    [Fact]
    public async Task SubmitTemplate_TokenLacksWriteScope_403NamesTheScopeAfterOneRequest()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync(scopes: [EmulatorScopes.TemplatesRead]);
        using ICxoneClient client = EmulatorHarness.Connect(emu);

        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.SubmitTemplateAsync(Payloads.Template()));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Equal(EmulatorScopes.TemplatesWrite, ex.MissingScope);
        Assert.Contains($"the token lacks scope '{EmulatorScopes.TemplatesWrite}'; grant it to the API client", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, emu.Statistics.CountFor(TemplatesRoute));
    }

    [Fact]
    public async Task SubmitTemplate_InvalidPlaceholder_400FailsFastAfterOneRequest()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync();
        using ICxoneClient client = EmulatorHarness.Connect(emu);

        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.SubmitTemplateAsync(Payloads.Template(text: "Order {{order-id}}")));

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.False(ex.IsTransient);
        Assert.Equal(1, emu.Statistics.CountFor(TemplatesRoute));
        output.WriteLine(ex.Message);
    }

    [Fact]
    public async Task SubmitTemplate_VersionExists_409FailsFastAfterOneRequest()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync();
        using ICxoneClient client = EmulatorHarness.Connect(emu);
        await client.CreateTemplateVersionAsync(Payloads.Template());

        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.SubmitTemplateAsync(Payloads.Template()));

        Assert.Equal(HttpStatusCode.Conflict, ex.StatusCode);
        Assert.Equal(2, emu.Statistics.CountFor(TemplatesRoute));
    }

    [Fact]
    public async Task GetJob_Unknown_404FailsFastAfterOneRequest()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync();
        using ICxoneClient client = EmulatorHarness.Connect(emu);

        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.GetJobAsync("no-such-job"));

        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        Assert.Equal(1, emu.Statistics.TotalRequests);
    }

    [Fact]
    public async Task ListTemplates_SevenTemplatesPageSizeThree_ThreePagesStreamed()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync();
        using ICxoneClient client = EmulatorHarness.Connect(emu, EmulatorHarness.Options with { PageSize = 3 });
        for (int i = 0; i < 7; i++)
        {
            await client.CreateTemplateVersionAsync(Payloads.Template(id: $"tmpl_page_{i}"));
        }

        List<TemplateVersion> all = await client.ListTemplatesAsync().ToListAsync();

        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"tmpl_page_{i}"), all.Select(t => t.TemplateId));
        Assert.Equal(3, emu.Statistics.CountFor("GET /api/v1/interactions/digital/templates"));
    }

    [Fact]
    public async Task WaitForJob_SlowJob_PollsUntilCompleted()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync(jobLatencyMs: 600);
        using ICxoneClient client = EmulatorHarness.Connect(emu);

        string jobId = await client.SubmitTemplateAsync(Payloads.Template());
        JobStatus job = await client.WaitForJobAsync(jobId);

        Assert.Equal(JobState.Completed, job.Status);
        Assert.Equal("tmpl_order_shipped", job.TemplateId);
    }
}
