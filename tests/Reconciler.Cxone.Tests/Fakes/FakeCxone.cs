using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;

namespace Reconciler.Cxone.Tests.Fakes;

/// <summary>
/// A scripted CXone behind an <see cref="HttpMessageHandler"/>. The token endpoint issues
/// <c>tok-1</c>, <c>tok-2</c>, … ; API requests are answered by the queued script, in order, then by
/// <see cref="Fallback"/>. Every request is recorded with the virtual time it arrived.
/// </summary>
internal sealed class FakeCxone(TimeProvider time) : HttpMessageHandler
{
    public const string BaseUrl = "https://cxone.test/";
    public const string ClientId = "reconciler-ci";
    public const string ClientSecret = "s3cr3t-Value-9f8e7d";

    private readonly ConcurrentQueue<Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private readonly List<RecordedRequest> _requests = [];
    private int _tokensIssued;

    public int TokenTtlSeconds { get; set; } = 3600;

    /// <summary>When set, token requests wait for it (to pile up concurrent callers).</summary>
    public Task? TokenGate { get; set; }

    /// <summary>When set, answers token requests instead of issuing a token.</summary>
    public Func<RecordedRequest, HttpResponseMessage>? TokenResponder { get; set; }

    public Func<RecordedRequest, HttpResponseMessage> Fallback { get; set; } =
        r => Json(HttpStatusCode.NotFound, $$"""{"error":"not_found","message":"no script for {{r.Path}}"}""");

    public static CxoneConnection Connection(IReadOnlyList<string>? scopes = null) =>
        new(new Uri(BaseUrl), ClientId, ClientSecret, scopes: scopes);

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public IReadOnlyList<RecordedRequest> ApiRequests => Requests.Where(r => !r.IsToken).ToList();

    public int TokenRequests => Requests.Count(r => r.IsToken);

    public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach ((string name, string value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    public static HttpResponseMessage Error(int status, string code, string message, string extra = "") =>
        Json((HttpStatusCode)status, $$"""{"error":"{{code}}","message":"{{message}}"{{extra}}}""");

    public void Enqueue(Func<RecordedRequest, HttpResponseMessage> responder) =>
        _script.Enqueue((r, _) => Task.FromResult(responder(r)));

    public void EnqueueAsync(Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> responder) => _script.Enqueue(responder);

    public void Enqueue(HttpResponseMessage response) => Enqueue(_ => response);

    /// <summary>Queues a dropped connection: the request fails without an answer.</summary>
    public void EnqueueDrop() =>
        Enqueue(_ => throw new HttpRequestException("The response ended prematurely.", new IOException("Connection reset by peer")));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!.AbsolutePath,
            request.RequestUri.Query.TrimStart('?'),
            request.Headers.Authorization?.ToString(),
            body,
            time.GetUtcNow(),
            headers);
        lock (_requests)
        {
            _requests.Add(recorded);
        }

        if (recorded.IsToken)
        {
            if (TokenGate is not null)
            {
                await TokenGate.WaitAsync(cancellationToken);
            }

            if (TokenResponder is not null)
            {
                return TokenResponder(recorded);
            }

            int n = Interlocked.Increment(ref _tokensIssued);
            return Json(HttpStatusCode.OK, string.Create(CultureInfo.InvariantCulture, $$"""{"access_token":"tok-{{n}}-a8d7f6","token_type":"Bearer","expires_in":{{TokenTtlSeconds}},"scope":"all"}"""));
        }

        return _script.TryDequeue(out var responder) ? await responder(recorded, cancellationToken) : Fallback(recorded);
    }
}
