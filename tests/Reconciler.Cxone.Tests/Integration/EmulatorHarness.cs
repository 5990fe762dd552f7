using Cxone.Emulator;
using Microsoft.Extensions.Logging;

namespace Reconciler.Cxone.Tests.Integration;

/// <summary>Starts emulators and connects clients to them over real HTTP.</summary>
internal static class EmulatorHarness
{
    public const string ClientId = "reconciler-it";
    public const string ClientSecret = "it-Secret-7c6b5a49";

    /// <summary>Quick backoff so fault runs stay short; the behaviour is the production one.</summary>
    public static CxoneClientOptions Options { get; } = new()
    {
        BaseDelay = TimeSpan.FromMilliseconds(50),
        MaxDelay = TimeSpan.FromSeconds(1),
        MaxRetries = 10,
        JobPollInitialInterval = TimeSpan.FromMilliseconds(25),
        JobPollMaxInterval = TimeSpan.FromMilliseconds(200),
        JobDeadline = TimeSpan.FromSeconds(30),
    };

    public static Task<EmulatorServer> StartAsync(
        double faultRate = 0,
        TimeSpan? tokenTtl = null,
        double? rateLimit = null,
        double jobFailureRate = 0,
        IReadOnlyList<string>? scopes = null,
        int jobLatencyMs = 40) =>
        EmulatorServer.StartAsync(new EmulatorOptions
        {
            FaultRate = faultRate,
            TokenTtl = tokenTtl ?? TimeSpan.FromHours(1),
            RateLimitPerSecond = rateLimit,
            JobLatency = TimeSpan.FromMilliseconds(jobLatencyMs),
            JobFailureRate = jobFailureRate,
            Seed = 1,
            Clients = [new EmulatorClient(ClientId, ClientSecret, scopes ?? EmulatorScopes.All)],
            RequestLog = TextWriter.Null,
        });

    public static ICxoneClient Connect(
        EmulatorServer emulator,
        CxoneClientOptions? options = null,
        HttpMessageHandler? handler = null,
        ILoggerFactory? logging = null) =>
        CxoneClientFactory.Create(
            new CxoneConnection(emulator.BaseUrl, ClientId, ClientSecret),
            options ?? Options,
            logging,
            TimeProvider.System,
            handler);
}
