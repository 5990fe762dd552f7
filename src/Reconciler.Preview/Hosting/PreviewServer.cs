using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reconciler.Preview.Loading;
using Reconciler.Preview.Rendering;

namespace Reconciler.Preview.Hosting;

/// <summary>
/// Serves the live preview of one theme file on 127.0.0.1 only. Every request re-reads the file, so
/// the page is never stale; a <see cref="FileSystemWatcher"/> tells open pages to reload through
/// Server-Sent Events. Each response carries a fresh nonce and a strict Content-Security-Policy.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FileSystemWatcher _watcher;
    private readonly ChangeSignal _changes;

    private PreviewServer(WebApplication app, FileSystemWatcher watcher, ChangeSignal changes, Uri url)
    {
        _app = app;
        _watcher = watcher;
        _changes = changes;
        Url = url;
    }

    /// <summary>The page's address, <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Url { get; }

    /// <summary>How many changes of the theme file were seen.</summary>
    public int ChangesSeen => _changes.Count;

    /// <summary>Starts serving <paramref name="themePath"/> on <paramref name="port"/> (0 picks a free one).</summary>
    /// <exception cref="IOException">The port is taken.</exception>
    public static async Task<PreviewServer> StartAsync(string themePath, string displayPath, int port, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(themePath);
        var fullPath = Path.GetFullPath(themePath);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var changes = new ChangeSignal();
        app.MapGet("/", context => ServePageAsync(context, fullPath, displayPath));
        app.MapGet(PreviewPage.EventsPath, context => StreamEventsAsync(context, changes));

        var watcher = new FileSystemWatcher(Path.GetDirectoryName(fullPath)!, Path.GetFileName(fullPath))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName | NotifyFilters.CreationTime,
        };
        watcher.Changed += (_, _) => changes.Raise();
        watcher.Created += (_, _) => changes.Raise();
        watcher.Renamed += (_, _) => changes.Raise();
        watcher.EnableRaisingEvents = true;
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            watcher.Dispose();
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PreviewServer(app, watcher, changes, new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/"));
    }

    /// <summary>Waits until the theme file changes (for tests and for the CLI's log line).</summary>
    public Task WaitForChangeAsync(CancellationToken cancellationToken) => _changes.WaitAsync(cancellationToken);

    private static async Task ServePageAsync(HttpContext context, string fullPath, string displayPath)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        var loaded = ThemeFileLoader.Load(fullPath, displayPath);
        var html = loaded.CanPreview
            ? PreviewPage.Render(PreviewModel.From(loaded.Theme!), nonce, withReloadScript: true)
            : ErrorPage(loaded, nonce);
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = PreviewPage.ContentSecurityPolicy(nonce, allowReloadScript: true);
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html, context.RequestAborted);
    }

    private static async Task StreamEventsAsync(HttpContext context, ChangeSignal changes)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var aborted = context.RequestAborted;
        try
        {
            await context.Response.WriteAsync(": connected\n\n", aborted);
            await context.Response.Body.FlushAsync(aborted);
            await changes.WaitAsync(aborted);

            // Editors save in bursts (truncate, write, rename); let the burst settle before reloading.
            await Task.Delay(TimeSpan.FromMilliseconds(150), aborted);
            await context.Response.WriteAsync("event: reload\ndata: changed\n\n", aborted);
            await context.Response.Body.FlushAsync(aborted);
        }
        catch (OperationCanceledException)
        {
            // The page went away or the server is stopping.
        }
    }

    /// <summary>While the file is invalid, the page lists why (encoded) and still reloads on the next save.</summary>
    private static string ErrorPage(ThemeLoadResult loaded, string nonce)
    {
        var html = HtmlEncoder.Default;
        var items = new StringBuilder();
        foreach (var d in loaded.BlockingErrors)
        {
            items.Append("<li>").Append(html.Encode($"{d.File}:{d.Line}:{d.Column}: {d.Code}: {d.Message}")).Append("</li>\n");
        }

        return $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Theme preview: invalid theme</title></head>
            <body><main><h1>The theme cannot be previewed</h1><ul>
            {{items}}</ul><p>Fix the file and save; this page reloads by itself.</p></main>
            <script nonce="{{html.Encode(nonce)}}">new EventSource('{{PreviewPage.EventsPath}}').addEventListener('reload', function () { location.reload(); });</script>
            </body></html>
            """;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        // An open event stream would hold shutdown until the page closes; give it two seconds.
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stopping.Token);
        await _app.DisposeAsync();
    }
}
