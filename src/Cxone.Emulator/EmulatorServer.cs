using System.Net;
using Cxone.Emulator.Analytics;
using Cxone.Emulator.Auth;
using Cxone.Emulator.Hosting;
using Cxone.Emulator.Http;
using Cxone.Emulator.State;
using Cxone.Emulator.Templates;
using Cxone.Emulator.Themes;
using Cxone.Emulator.Widgets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cxone.Emulator;

/// <summary>
/// The CXone emulator: an HTTP server on a loopback port serving the API of SPEC §5 / API.md.
/// Start it with <see cref="StartAsync"/>; stop it with <see cref="StopAsync"/> or by disposing it.
/// </summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorState _state;
    private readonly ITimer _ticker;
    private int _stopped;

    private EmulatorServer(WebApplication app, EmulatorState state, ITimer ticker, Uri baseUrl, EmulatorStatistics statistics)
    {
        _app = app;
        _state = state;
        _ticker = ticker;
        BaseUrl = baseUrl;
        Statistics = statistics;
    }

    /// <summary>Where the emulator listens, with a trailing slash, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Counters of the requests served so far.</summary>
    public EmulatorStatistics Statistics { get; }

    /// <summary>Starts an emulator bound to 127.0.0.1 only.</summary>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    /// <exception cref="EmulatorStateException">The state file cannot be used.</exception>
    /// <exception cref="IOException">The port is in use.</exception>
    public static async Task<EmulatorServer> StartAsync(EmulatorOptions options, CancellationToken cancellationToken = default)
    {
        OptionsValidation.Validate(options);
        var seed = options.Seed ?? Random.Shared.Next();
        var state = EmulatorState.Open(options, new Random(seed));
        WebApplication? app = null;
        try
        {
            var statistics = new EmulatorStatistics();
            app = Build(options, state, statistics, new Random(unchecked(seed * 31) + 7));
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var port = new Uri(address).Port;
            var period = TimeSpan.FromMilliseconds(Math.Clamp(options.JobLatency.TotalMilliseconds / 4, 10, 1000));
            var ticker = options.TimeProvider.CreateTimer(_ => Tick(state), null, period, period);
            return new EmulatorServer(app, state, ticker, new Uri($"http://127.0.0.1:{port}/"), statistics);
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            state.Dispose();
            throw;
        }
    }

    /// <summary>Stops serving, then writes a fresh snapshot of the state (when persisted) and releases the state file.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        try
        {
            await _ticker.DisposeAsync();
            await _app.StopAsync(cancellationToken);
            _state.Compact();
        }
        finally
        {
            _state.Dispose();
        }
    }

    /// <summary>Stops the server (see <see cref="StopAsync"/>) and frees it.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>
    /// The background tick only saves a later request the work; an exception escaping a timer
    /// callback would kill the host process, so it is dropped here and surfaces (as a 500) on the
    /// next request that does the same work.
    /// </summary>
    private static void Tick(EmulatorState state)
    {
        try
        {
            state.Tick();
        }
        catch (Exception)
        {
        }
    }

    private static WebApplication Build(EmulatorOptions options, EmulatorState state, EmulatorStatistics statistics, Random faultRandom)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = EmulatorDefaults.MaxRequestBodyBytes;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });

        var app = builder.Build();
        var tokens = new TokenStore(options, statistics);
        var log = TextWriter.Synchronized(options.RequestLog ?? Console.Error);
        app.Use(new RequestLog(log, statistics).InvokeAsync);
        app.Use(new UnhandledErrors(log).InvokeAsync);
        app.UseRouting();
        app.Use(new FaultInjection(options.FaultRate, faultRandom, statistics).InvokeAsync);
        app.Use(new BearerAuthentication(tokens, options.TimeProvider).InvokeAsync);
        if (options.RateLimitPerSecond is { } rate)
        {
            app.Use(new RateLimiting(rate, options.TimeProvider, statistics).InvokeAsync);
        }

        TokenEndpoint.Map(app, tokens, options);
        TemplateEndpoints.Map(app, state);
        ThemeEndpoints.Map(app, state);
        AssignmentEndpoints.Map(app, state);
        TenantListEndpoints.Map(app, state);
        BatchSyncEndpoint.Map(app, state);
        AnalyticsEndpoints.Map(app, state);
        app.MapFallback(context => ApiError.NotFound(
            $"No such call: {context.Request.Method} {context.Request.Path}. The calls are listed in API.md.").ToResult().ExecuteAsync(context));
        return app;
    }
}
