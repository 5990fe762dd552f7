namespace Cxone.Emulator;

/// <summary>How an <see cref="EmulatorServer"/> behaves. Defaults are in <see cref="EmulatorDefaults"/>.</summary>
public sealed class EmulatorOptions
{
    /// <summary>Loopback port to bind; 0 (default) picks a free one.</summary>
    public int Port { get; init; } = EmulatorDefaults.Port;

    /// <summary>File that persists state across restarts (a journal sits beside it); null keeps state in memory.</summary>
    public string? StatePath { get; init; }

    /// <summary>Accepted OAuth clients; empty (default) means one client <c>local</c>/<c>local</c> with every scope.</summary>
    public IReadOnlyList<EmulatorClient> Clients { get; init; } = [];

    /// <summary>Lifetime of an access token (default one hour).</summary>
    public TimeSpan TokenTtl { get; init; } = EmulatorDefaults.TokenTtl;

    /// <summary>Requests per second allowed per client on <c>/api/*</c> (token bucket); null (default) means unlimited.</summary>
    public double? RateLimitPerSecond { get; init; }

    /// <summary>Fraction (0–1) of <c>/api/*</c> calls answered with a transient fault (default 0).</summary>
    public double FaultRate { get; init; }

    /// <summary>Time a template job or theme activation takes (default 250 ms).</summary>
    public TimeSpan JobLatency { get; init; } = EmulatorDefaults.JobLatency;

    /// <summary>Fraction (0–1) of template jobs and theme activations that end FAILED (default 0).</summary>
    public double JobFailureRate { get; init; }

    /// <summary>When true only <see cref="Widgets"/> exist and other widget ids get 404; otherwise widgets appear when first named.</summary>
    public bool StrictWidgets { get; init; }

    /// <summary>Widgets that exist from the start (the only ones with <see cref="StrictWidgets"/>).</summary>
    public IReadOnlyList<string> Widgets { get; init; } = [];

    /// <summary>Seed of the fault and job-failure random generators; null picks one at random.</summary>
    public int? Seed { get; init; }

    /// <summary>The clock behind every state transition and token expiry.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Where the request log goes (one line per request); null means standard error.</summary>
    public TextWriter? RequestLog { get; init; }
}
