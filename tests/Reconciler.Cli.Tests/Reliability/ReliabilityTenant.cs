using Cxone.Emulator;
using Reconciler.Cxone;

namespace Reconciler.Cli.Tests.Reliability;

/// <summary>
/// A large generated repository and an in-process emulator whose request log the test can wait on;
/// the CLI is pointed at it through CXONE_* with a client secret distinctive enough to spot a leak.
/// </summary>
internal sealed class ReliabilityTenant : IAsyncDisposable
{
    public const string ClientId = "reliability";
    public const string Secret = "rel-secret-7c41e09b";

    private ReliabilityTenant(LargeContentRepository large, EmulatorServer emulator, RequestLogProbe log, double? requestsPerSecond)
    {
        Large = large;
        Emulator = emulator;
        Log = log;
        var environment = Variables(emulator.BaseUrl);
        if (requestsPerSecond is { } rps)
        {
            environment["CXONE_REQUESTS_PER_SECOND"] = rps.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Environment = environment;
    }

    public LargeContentRepository Large { get; }

    public EmulatorServer Emulator { get; }

    public RequestLogProbe Log { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <param name="large">The content.</param>
    /// <param name="jobLatency">How long template jobs and theme activations take.</param>
    /// <param name="requestsPerSecond">CXONE_REQUESTS_PER_SECOND for the CLI (client-side pacing), or null for none.</param>
    public static async Task<ReliabilityTenant> StartAsync(LargeContentRepository large, TimeSpan jobLatency, double? requestsPerSecond = null)
    {
        var log = new RequestLogProbe();
        var emulator = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            JobLatency = jobLatency,
            Clients = [new EmulatorClient(ClientId, Secret, EmulatorScopes.All)],
            RequestLog = log,
        });
        return new ReliabilityTenant(large, emulator, log, requestsPerSecond);
    }

    /// <summary>The CXONE_* variables that point the CLI at <paramref name="baseUrl"/> as this tenant's client.</summary>
    public static Dictionary<string, string> Variables(Uri baseUrl) => new()
    {
        ["CXONE_BASE_URL"] = baseUrl.ToString(),
        ["CXONE_CLIENT_ID"] = ClientId,
        ["CXONE_CLIENT_SECRET"] = Secret,
    };

    /// <summary>Starts the real <c>reconciler apply</c> as a child process.</summary>
    public CliProcess StartApply(params string[] options) => CliProcess.Start(Large.Repo.Root, Environment, ["apply", "--no-github", .. options]);

    /// <summary>Runs the CLI in-process (for plan and validate, which are not killed).</summary>
    public Task<CliResult> RunAsync(params string[] args) => CliTester.RunAsync(Environment, Large.Repo.Root, args);

    public async Task<LiveAuditResult> AuditAsync()
    {
        using var client = CxoneClientFactory.Create(new CxoneConnection(Emulator.BaseUrl, ClientId, Secret));
        return await LiveAudit.RunAsync(client, Large.Content);
    }

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        Log.Dispose();
    }
}
