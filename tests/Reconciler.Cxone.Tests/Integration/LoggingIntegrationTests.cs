using Cxone.Emulator;
using Reconciler.Cxone.Tests.Fakes;

namespace Reconciler.Cxone.Tests.Integration;

[Collection(EmulatorCollection.Name)]
public sealed class LoggingIntegrationTests
{
    [Fact]
    public async Task Logs_FaultyRunWithShortTokens_NoSecretOrTokenAnywhere()
    {
        await using EmulatorServer emu = await EmulatorHarness.StartAsync(faultRate: 0.3, tokenTtl: TimeSpan.FromSeconds(2));
        var logging = new CapturingLoggerProvider();
        using var recorder = new FaultHeaderHandler();
        using ICxoneClient client = EmulatorHarness.Connect(emu, handler: recorder, logging: logging);
        var failures = new List<string>();

        for (int i = 0; i < 12; i++)
        {
            await client.CreateTemplateVersionAsync(Payloads.Template(id: $"tmpl_log_{i}"));
            await client.ListTemplatesAsync().ToListAsync();
            await Task.Delay(250);
        }

        failures.Add((await Assert.ThrowsAsync<CxoneApiException>(() => client.SubmitTemplateAsync(Payloads.Template(text: "{{bad-var}}")))).ToString());
        using ICxoneClient wrongSecret = CxoneClientFactory.Create(
            new CxoneConnection(emu.BaseUrl, EmulatorHarness.ClientId, "wrong-" + EmulatorHarness.ClientSecret), EmulatorHarness.Options, logging);
        failures.Add((await Assert.ThrowsAsync<CxoneApiException>(() => wrongSecret.GetJobAsync("j"))).ToString());

        string everything = logging.AllText + "\n" + string.Join("\n", failures);
        Assert.True(client.Statistics.TokenRequests >= 3, "the run should have refreshed tokens");
        Assert.True(recorder.SeenSecrets.Count >= 3);
        Assert.Contains("Retrying", logging.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(EmulatorHarness.ClientSecret, everything, StringComparison.Ordinal);
        foreach (string token in recorder.SeenSecrets.Distinct())
        {
            Assert.DoesNotContain(token, everything, StringComparison.Ordinal);
        }
    }
}
