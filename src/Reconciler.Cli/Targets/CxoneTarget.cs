using Cxone.Emulator;
using Microsoft.Extensions.Logging;
using Reconciler.Cxone;

namespace Reconciler.Cli.Targets;

/// <summary>
/// The CXone that plan and apply talk to: a real tenant from <c>CXONE_*</c> variables, or, with
/// none set, the embedded emulator on loopback with its state under <c>.reconciler/</c> so that
/// plan → apply → plan converges on a fresh machine.
/// </summary>
internal sealed class CxoneTarget : IAsyncDisposable
{
    /// <summary>Where the embedded emulator keeps its state, relative to the content repository.</summary>
    public const string EmbeddedStatePath = ".reconciler/emulator-state.json";

    private readonly EmulatorServer? _emulator;

    private CxoneTarget(ICxoneClient client, string description, EmulatorServer? emulator)
    {
        Client = client;
        Description = description;
        _emulator = emulator;
    }

    public ICxoneClient Client { get; }

    /// <summary>For people: a base URL and whether it is the embedded emulator; never credentials.</summary>
    public string Description { get; }

    /// <exception cref="CxoneConfigurationException">Only some of the variables are set, or one is malformed.</exception>
    public static async Task<CxoneTarget> OpenAsync(CliEnvironment environment, string repoFolder, ILoggerFactory loggerFactory, CancellationToken cancellationToken, bool planOnly = false)
    {
        // Checked before any target is chosen: a typo must fail here too, not first against a real tenant.
        var tuning = ClientTuning.FromEnvironment(environment.GetVariable);
        if (planOnly && IsPullRequestWithoutSecret(environment))
        {
            // GitHub gives a fork's pull request no secrets. Validation still runs in full; the plan is
            // made against an empty, throw-away tenant and says so, rather than failing the check.
            var empty = await EmulatorServer.StartAsync(new EmulatorOptions { RequestLog = TextWriter.Null }, cancellationToken);
            environment.Error.WriteLine("warn: CXONE_CLIENT_SECRET is not available to this pull request (GitHub withholds secrets from forks): validating fully, but planning against no live state, so every item shows as create.");
            var throwAway = new CxoneConnection(empty.BaseUrl, EmulatorDefaults.ClientId, EmulatorDefaults.ClientSecret);
            return new CxoneTarget(CxoneClientFactory.Create(throwAway, new CxoneClientOptions(), loggerFactory), "no live state (credentials are not available to this pull request)", empty);
        }

        var connection = CxoneConnection.FromEnvironment(environment.GetVariable);
        if (connection is not null)
        {
            var client = CxoneClientFactory.Create(connection, tuning, loggerFactory);
            return new CxoneTarget(client, connection.DisplayBaseUrl, null);
        }

        var statePath = Path.Combine(repoFolder, EmbeddedStatePath);
        Directory.CreateDirectory(Path.GetDirectoryName(statePath)!);
        var emulator = await EmulatorServer.StartAsync(
            new EmulatorOptions { StatePath = statePath, RequestLog = TextWriter.Null },
            cancellationToken);
        environment.Error.WriteLine(
            $"Using the embedded CXone emulator at {emulator.BaseUrl} (state in {statePath}); set CXONE_BASE_URL, CXONE_CLIENT_ID and CXONE_CLIENT_SECRET to target a real tenant.");
        var local = new CxoneConnection(emulator.BaseUrl, EmulatorDefaults.ClientId, EmulatorDefaults.ClientSecret);
        return new CxoneTarget(CxoneClientFactory.Create(local, new CxoneClientOptions(), loggerFactory), $"{emulator.BaseUrl.ToString().TrimEnd('/')} (embedded emulator)", emulator);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    private static bool IsPullRequestWithoutSecret(CliEnvironment environment) =>
        environment.GetVariable("GITHUB_ACTIONS") == "true"
        && environment.GetVariable("GITHUB_EVENT_NAME") is "pull_request" or "pull_request_target"
        && environment.GetVariable(CxoneConnection.ClientSecretVariable) is null
        && (environment.GetVariable(CxoneConnection.BaseUrlVariable) ?? environment.GetVariable(CxoneConnection.ClientIdVariable)) is not null;
}
