using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Threading.Channels;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using Reconciler.Engine.Apply;
using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Webhooks;

/// <summary>
/// Sends a CMS event to each subscribed webhook after every template or theme version apply
/// finishes. Deliveries go through a bounded queue drained in the background, so apply never waits
/// on a receiver; each is signed, retried with exponential backoff on 5xx, 408, 429, timeouts and
/// connection failures, and bounded by a per-attempt timeout. Nothing here can fail the apply:
/// <see cref="CompleteAsync"/> reports what could not be delivered.
/// </summary>
public sealed class WebhookDispatcher : IApplyProgress, IAsyncDisposable
{
    private readonly IReadOnlyList<WebhookTarget> _targets;
    private readonly string _syncTarget;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly Channel<WebhookDelivery> _queue;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly List<string> _failures = [];
    private readonly Task _worker;
    private int _delivered;
    private int _pending;

    /// <param name="targets">Resolved webhooks; none makes every call a no-op.</param>
    /// <param name="syncTarget">Where CXone is, for the payload (never credentials).</param>
    /// <param name="options">Retry and queue settings.</param>
    /// <param name="http">The client to send with (tests pass their own); one is created otherwise.</param>
    /// <param name="timeProvider">The clock for backoff and timeouts.</param>
    public WebhookDispatcher(IReadOnlyList<WebhookTarget> targets, string syncTarget, WebhookOptions? options = null, HttpClient? http = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        options ??= new WebhookOptions();
        _targets = targets;
        _syncTarget = syncTarget;
        _time = timeProvider ?? TimeProvider.System;
        _ownsHttp = http is null;
        _http = http ?? new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        _pipeline = BuildPipeline(options, _time);
        _queue = Channel.CreateBounded<WebhookDelivery>(new BoundedChannelOptions(Math.Max(1, options.QueueCapacity))
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
        _worker = targets.Count == 0 ? Task.CompletedTask : Task.Run(DrainAsync);
    }

    /// <inheritdoc />
    public void Started(PlannedChange change)
    {
    }

    /// <inheritdoc />
    public void Finished(AppliedChange outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var eventType = WebhookPayload.EventTypeOf(outcome.Change.Kind);
        var subscription = outcome.Status switch
        {
            ApplyStatus.Applied => "applied",
            ApplyStatus.Failed => "failed",
            _ => null,
        };
        if (eventType is null || subscription is null)
        {
            return;
        }

        foreach (var target in _targets.Where(t => t.Events.Contains(subscription, StringComparer.Ordinal)))
        {
            var body = WebhookPayload.Create(target.Name, outcome, _syncTarget, _time.GetUtcNow());
            var delivery = new WebhookDelivery(target, eventType, outcome.Change.Address, body, Guid.NewGuid().ToString("N"));
            Interlocked.Increment(ref _pending);

            // Never wait for room: a full queue means the receivers are far behind, and apply must not slow down.
            if (!_queue.Writer.TryWrite(delivery))
            {
                Interlocked.Decrement(ref _pending);
                Fail(delivery, "dropped: the delivery queue was full");
            }
        }
    }

    /// <summary>
    /// Stops accepting events and waits up to <paramref name="maxWait"/> for the queue to drain;
    /// what is still queued or in flight then is reported as undelivered.
    /// </summary>
    public async Task<WebhookReport> CompleteAsync(TimeSpan maxWait)
    {
        _queue.Writer.TryComplete();
        var finished = await Task.WhenAny(_worker, Task.Delay(maxWait, _time)) == _worker;
        if (!finished)
        {
            await _stop.CancelAsync();
            var left = Volatile.Read(ref _pending);
            lock (_gate)
            {
                _failures.Add($"{left} webhook deliver{(left == 1 ? "y was" : "ies were")} still pending after {maxWait.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s and not sent");
            }
        }

        lock (_gate)
        {
            return new WebhookReport(_delivered, [.. _failures]);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stop.CancelAsync();
        try
        {
            await _worker;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private async Task DrainAsync()
    {
        try
        {
            await foreach (var delivery in _queue.Reader.ReadAllAsync(_stop.Token))
            {
                await SendAsync(delivery);
                Interlocked.Decrement(ref _pending);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // CompleteAsync gave up waiting; it reports what was left.
        }
    }

    private async Task SendAsync(WebhookDelivery delivery)
    {
        try
        {
            using var response = await _pipeline.ExecuteAsync(
                async token =>
                {
                    using var request = Request(delivery);
                    return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
                },
                _stop.Token);
            if (response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref _delivered);
                return;
            }

            Fail(delivery, $"the receiver answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutRejectedException)
        {
            Fail(delivery, "every attempt timed out");
        }
        catch (HttpRequestException e)
        {
            // The message names host and port at most, never the URL's path or query (where tokens live).
            Fail(delivery, "could not connect: " + (e.HttpRequestError == HttpRequestError.Unknown ? "request failed" : e.HttpRequestError.ToString()));
        }
    }

    private HttpRequestMessage Request(WebhookDelivery delivery)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, delivery.Target.Url)
        {
            Content = new ByteArrayContent(delivery.Body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookDefaults.EventHeader, delivery.EventType);
        request.Headers.Add(WebhookDefaults.DeliveryHeader, delivery.Id);
        request.Headers.Add(WebhookDefaults.TimestampHeader, _time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        if (delivery.Target.Secret is { } secret)
        {
            request.Headers.Add(WebhookDefaults.SignatureHeader, WebhookSignature.Sign(secret, delivery.Body));
        }

        return request;
    }

    private void Fail(WebhookDelivery delivery, string reason)
    {
        lock (_gate)
        {
            _failures.Add($"webhook {delivery.Target.Name}: {delivery.EventType} for {delivery.Subject} not delivered: {reason}");
        }
    }

    private static ResiliencePipeline<HttpResponseMessage> BuildPipeline(WebhookOptions options, TimeProvider time) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { Name = "webhooks", TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                // Polly needs at least one retry, so the fewest attempts is two.
                MaxRetryAttempts = Math.Clamp(options.MaxAttempts, 2, 10) - 1,
                Delay = options.BaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = options.UseJitter,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();

    /// <summary>Worth another attempt: the receiver is down, slow or overloaded — not a refusal.</summary>
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests,
        _ => false,
    };
}
