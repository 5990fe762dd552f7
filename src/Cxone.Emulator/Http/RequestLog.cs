using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Routing;

namespace Cxone.Emulator.Http;

/// <summary>
/// Logs one line per request — <c>METHOD path status latency-ms</c> — and counts it. Only the path:
/// never the query string, headers or body, so no token or secret can reach the log.
/// </summary>
internal sealed class RequestLog(TextWriter writer, EmulatorStatistics statistics)
{
    private const string DroppedKey = "cxone-emulator.dropped";

    /// <summary>Records that the emulator dropped this connection on purpose (logged as status 0, "dropped").</summary>
    public static void MarkDropped(HttpContext context) => context.Items[DroppedKey] = true;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var aborted = context.Items.ContainsKey(DroppedKey) || context.RequestAborted.IsCancellationRequested;
            var status = aborted ? 0 : context.Response.StatusCode;
            var path = context.Request.Path.Value ?? "/";
            var route = context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } pattern }
                ? $"{context.Request.Method} {pattern}"
                : $"{context.Request.Method} (unmatched)";
            statistics.RecordRequest(
                path.StartsWith("/api/", StringComparison.Ordinal),
                path == Auth.TokenEndpoint.Route,
                route,
                status);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var shown = aborted ? "dropped" : status.ToString(CultureInfo.InvariantCulture);
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{context.Request.Method} {Sanitize(path)} {shown} {elapsed:0.0}ms"));
        }
    }

    /// <summary>Control characters in a path would let a caller forge log lines; show them escaped.</summary>
    private static string Sanitize(string path) =>
        path.Any(char.IsControl) ? string.Concat(path.Select(c => char.IsControl(c) ? $"\\x{(int)c:x2}" : c.ToString())) : path;
}
