using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Reconciler.Cli.Tests;

/// <summary>A webhook receiver on 127.0.0.1:0 for the apply tests: records bodies and headers, answers 200.</summary>
internal sealed class AuditWebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private AuditWebhookReceiver(WebApplication app, ConcurrentQueue<(byte[] Body, string? Signature)> received)
    {
        _app = app;
        Received = received;
    }

    public ConcurrentQueue<(byte[] Body, string? Signature)> Received { get; }

    public string Url => _app.Urls.First().TrimEnd('/') + "/cms";

    public static async Task<AuditWebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var received = new ConcurrentQueue<(byte[], string?)>();
        app.MapPost("/cms", async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            received.Enqueue((body.ToArray(), context.Request.Headers["X-Reconciler-Signature"].FirstOrDefault()));
            context.Response.StatusCode = 204;
        });
        await app.StartAsync();
        return new AuditWebhookReceiver(app, received);
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
