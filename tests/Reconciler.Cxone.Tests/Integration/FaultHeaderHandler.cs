using System.Collections.Concurrent;

namespace Reconciler.Cxone.Tests.Integration;

/// <summary>
/// Sits between the client and the real socket handler: forces the emulator's fault on the first
/// matching requests (via <c>X-Emulator-Fault</c>) and records every Authorization header and token
/// answer so tests can look for tokens where they must not be.
/// </summary>
internal sealed class FaultHeaderHandler : DelegatingHandler
{
    private readonly ConcurrentQueue<(HttpMethod Method, string PathPrefix, string Fault)> _faults = new();

    public FaultHeaderHandler()
        : base(new SocketsHttpHandler())
    {
    }

    public ConcurrentBag<string> SeenSecrets { get; } = [];

    /// <summary>Forces <paramref name="fault"/> (429, 500, 503, drop, drop-after) on the next matching request.</summary>
    public void ForceNext(HttpMethod method, string pathPrefix, string fault) => _faults.Enqueue((method, pathPrefix, fault));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_faults.TryPeek(out var next)
            && request.Method == next.Method
            && request.RequestUri!.AbsolutePath.StartsWith(next.PathPrefix, StringComparison.Ordinal)
            && _faults.TryDequeue(out next))
        {
            request.Headers.Add("X-Emulator-Fault", next.Fault);
        }

        if (request.Headers.Authorization?.Parameter is { } bearer)
        {
            SeenSecrets.Add(bearer);
        }

        HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
        if (request.RequestUri!.AbsolutePath == "/oauth/token" && response.IsSuccessStatusCode)
        {
            string body = await response.Content.ReadAsStringAsync(cancellationToken);
            using var doc = System.Text.Json.JsonDocument.Parse(body);
            SeenSecrets.Add(doc.RootElement.GetProperty("access_token").GetString()!);
        }

        return response;
    }
}
