using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Reconciler.TestSupport;

/// <summary>A real HTTP receiver on 127.0.0.1:0 that records every request and answers from a script.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app, ConcurrentQueue<ReceivedRequest> received)
    {
        _app = app;
        Received = received;
    }

    public ConcurrentQueue<ReceivedRequest> Received { get; }

    public Uri Url => new(_app.Urls.First().TrimEnd('/') + "/hooks/cms?token=secret-token");

    /// <summary>Starts a receiver answering with <paramref name="statuses"/> in turn, then 200.</summary>
    public static async Task<WebhookReceiver> StartAsync(TimeSpan delay = default, params int[] statuses)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var script = new ConcurrentQueue<int>(statuses);
        var received = new ConcurrentQueue<ReceivedRequest>();
        app.MapPost("/hooks/cms", async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            received.Enqueue(new ReceivedRequest(
                body.ToArray(),
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, context.RequestAborted);
            }

            context.Response.StatusCode = script.TryDequeue(out var status) ? status : 200;
        });
        await app.StartAsync();
        return new WebhookReceiver(app, received);
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}

public sealed record ReceivedRequest(byte[] Body, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The value of header <paramref name="name"/>, or null.</summary>
    public string? Header(string name) => Headers.GetValueOrDefault(name);
}
