using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Polly;
using Reconciler.Cxone.Auth;
using Reconciler.Cxone.Resilience;

namespace Reconciler.Cxone.Http;

/// <summary>
/// Sends one API call through the resilience pipeline with a bearer token, refreshing the token
/// once on a 401. Returns the final answer whatever its status; transport failures that outlast
/// the retries become a transient <see cref="CxoneApiException"/>.
/// </summary>
internal sealed class CxoneTransport
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly TokenManager _tokens;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly CxoneCallStatistics _statistics;
    private readonly ILogger _logger;

    public CxoneTransport(
        HttpClient http,
        TokenManager tokens,
        ResiliencePipeline<HttpResponseMessage> pipeline,
        CxoneCallStatistics statistics,
        ILogger logger)
    {
        _http = http;
        _tokens = tokens;
        _pipeline = pipeline;
        _statistics = statistics;
        _logger = logger;
    }

    public static byte[] Serialize<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);

    /// <summary>Parses a successful answer's body.</summary>
    public static T Read<T>(ApiResponse response, JsonTypeInfo<T> typeInfo) =>
        Parse(response.Call, response.StatusCode, response.Body, json => JsonSerializer.Deserialize(json, typeInfo));

    /// <summary>Sends the call and returns its parsed body, or throws for any non-2xx answer.</summary>
    public Task<T> SendAsync<T>(ApiCall call, byte[]? body, JsonTypeInfo<T> responseType, CancellationToken cancellationToken) =>
        SendAsync(call, body, json => JsonSerializer.Deserialize(json, responseType), cancellationToken);

    /// <summary>Sends the call and returns its body as read by <paramref name="parse"/>, or throws for any non-2xx answer.</summary>
    public Task<T> SendAsync<T>(ApiCall call, byte[]? body, BodyParser<T?> parse, CancellationToken cancellationToken) =>
        ExchangeAsync(
            call,
            body,
            async (response, attempts) => response.IsSuccessStatusCode
                // Parsed straight from the pooled buffer: a list page is hundreds of KB, and copying
                // each into a new array put it on the large object heap, which forced full collections.
                ? Parse(call, response.StatusCode, await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), parse)
                : throw ApiErrors.FromResponse(await BufferAsync(call, response, attempts, cancellationToken).ConfigureAwait(false)),
            cancellationToken);

    /// <summary>Sends the call and returns the final answer, successful or not.</summary>
    public Task<ApiResponse> SendAsync(ApiCall call, byte[]? body, CancellationToken cancellationToken) =>
        ExchangeAsync(call, body, (response, attempts) => BufferAsync(call, response, attempts, cancellationToken), cancellationToken);

    private static T Parse<T>(ApiCall call, HttpStatusCode status, Stream body, BodyParser<T?> parse)
    {
        if (PooledResponseBody.TryGetBody(body, out ReadOnlyMemory<byte> pooled))
        {
            return Parse(call, status, pooled.Span, parse);
        }

        using var copy = new MemoryStream();
        body.CopyTo(copy);
        return Parse(call, status, copy.GetBuffer().AsSpan(0, (int)copy.Length), parse);
    }

    private static T Parse<T>(ApiCall call, HttpStatusCode status, ReadOnlySpan<byte> body, BodyParser<T?> parse)
    {
        try
        {
            return parse(body) ?? throw ApiErrors.UnexpectedBody(call, status, null);
        }
        catch (JsonException ex)
        {
            throw ApiErrors.UnexpectedBody(call, status, ex);
        }
    }

    private static async Task<ApiResponse> BufferAsync(ApiCall call, HttpResponseMessage response, int attempts, CancellationToken cancellationToken) =>
        new(call, response.StatusCode, await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false), attempts);

    /// <summary>Runs the call through the pipeline and hands the final answer, while it is still open, to <paramref name="read"/>.</summary>
    private async Task<TResult> ExchangeAsync<TResult>(ApiCall call, byte[]? body, Func<HttpResponseMessage, int, Task<TResult>> read, CancellationToken cancellationToken)
    {
        var state = new CallState(this, call, body);
        ResilienceContext context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ResiliencePipelines.CallKey, call.ToString());
        try
        {
            // The body is buffered inside the pipeline (PooledResponseBody), so a connection that
            // drops mid-body is an attempt failure the retry sees, not a failure after it.
            using HttpResponseMessage response = await _pipeline.ExecuteAsync(
                static (ctx, s) => s.Transport.AttemptAsync(s, ctx.CancellationToken),
                context,
                state).ConfigureAwait(false);
            return await read(response, state.Attempts).ConfigureAwait(false);
        }
        catch (Exception ex) when (TransientOutcomes.IsTransientException(ex))
        {
            throw ApiErrors.FromException(call, ex, state.Attempts);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<HttpResponseMessage> AttemptAsync(CallState state, CancellationToken cancellationToken)
    {
        state.Attempts++;
        string token = await _tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        HttpResponseMessage response = await SendOnceAsync(state, token, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        // The token expired or was revoked early: refresh once and try once more. A second 401 is
        // terminal (the caller sees it as CxoneApiException) — refreshing again would not help.
        response.Dispose();
        CxoneLog.RefreshingAfter401(_logger, state.Call.ToString());
        _statistics.RefreshedAfter401();
        _tokens.Invalidate(token);
        token = await _tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        return await SendOnceAsync(state, token, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendOnceAsync(CallState state, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(state.Call.Method, state.Call.RelativeUri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (state.Body is not null)
        {
            request.Content = new ByteArrayContent(state.Body);
            request.Content.Headers.ContentType = JsonMediaType;
        }

        _statistics.RequestSent();
        long started = Stopwatch.GetTimestamp();
        try
        {
            HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            try
            {
                await PooledResponseBody.ReplaceContentAsync(response, _http.MaxResponseContentBufferSize, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                response.Dispose();
                throw;
            }

            _statistics.ResponseReceived((int)response.StatusCode);
            CxoneLog.Answered(_logger, state.Call.ToString(), (int)response.StatusCode, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (HttpRequestException ex)
        {
            _statistics.TransportFailed();
            CxoneLog.NoAnswer(_logger, state.Call.ToString(), (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, ex.Message);
            throw;
        }
    }

    /// <summary>What one call carries through its attempts.</summary>
    private sealed class CallState(CxoneTransport transport, ApiCall call, byte[]? body)
    {
        public CxoneTransport Transport { get; } = transport;

        public ApiCall Call { get; } = call;

        public byte[]? Body { get; } = body;

        public int Attempts { get; set; }
    }
}
