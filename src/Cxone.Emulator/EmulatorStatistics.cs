using System.Collections.Concurrent;

namespace Cxone.Emulator;

/// <summary>Thread-safe counters of what the emulator has served since it started.</summary>
public sealed class EmulatorStatistics
{
    private readonly ConcurrentDictionary<int, long> _byStatus = new();
    private readonly ConcurrentDictionary<string, long> _byRoute = new(StringComparer.Ordinal);
    private long _apiRequests;
    private long _tokenRequests;
    private long _faultsInjected;
    private long _rateLimited;

    // Access tokens are secrets; they are kept only so that tests can search output for them.
    // Bounded so that a long-running emulator does not grow without limit.
    private const int MaxIssuedTokensKept = 10_000;
    private readonly ConcurrentQueue<string> _issuedTokens = new();

    /// <summary>Requests to <c>/api/*</c>, whatever their outcome (faults and 429s included).</summary>
    public long TotalRequests => Interlocked.Read(ref _apiRequests);

    /// <summary>Requests to <c>POST /oauth/token</c>.</summary>
    public long TokenRequests => Interlocked.Read(ref _tokenRequests);

    /// <summary>Faults injected by <see cref="EmulatorOptions.FaultRate"/> or the <c>X-Emulator-Fault</c> header.</summary>
    public long FaultsInjected => Interlocked.Read(ref _faultsInjected);

    /// <summary>Requests refused by the per-client rate limit.</summary>
    public long RateLimited => Interlocked.Read(ref _rateLimited);

    /// <summary>
    /// The access tokens issued so far (the first 10,000), for tests that check no token reaches
    /// output, logs or reports. Never printed by the emulator itself.
    /// </summary>
    public IReadOnlyList<string> IssuedTokens => [.. _issuedTokens];

    /// <summary>A snapshot of request counts by HTTP status code (0 for a dropped connection).</summary>
    public IReadOnlyDictionary<int, long> ByStatusCode => new Dictionary<int, long>(_byStatus);

    /// <summary>A snapshot of request counts by route, e.g. <c>GET /api/v1/jobs/{jobId}</c>.</summary>
    public IReadOnlyDictionary<string, long> ByRoute => new Dictionary<string, long>(_byRoute, StringComparer.Ordinal);

    /// <summary>Requests counted for one route (0 when never called).</summary>
    public long CountFor(string route) => _byRoute.GetValueOrDefault(route);

    internal void RecordRequest(bool isApi, bool isToken, string route, int status)
    {
        if (isApi)
        {
            Interlocked.Increment(ref _apiRequests);
        }

        if (isToken)
        {
            Interlocked.Increment(ref _tokenRequests);
        }

        _byStatus.AddOrUpdate(status, 1, static (_, n) => n + 1);
        _byRoute.AddOrUpdate(route, 1, static (_, n) => n + 1);
    }

    internal void RecordIssuedToken(string token)
    {
        if (_issuedTokens.Count < MaxIssuedTokensKept)
        {
            _issuedTokens.Enqueue(token);
        }
    }

    internal void RecordFault() => Interlocked.Increment(ref _faultsInjected);

    internal void RecordRateLimited() => Interlocked.Increment(ref _rateLimited);
}
