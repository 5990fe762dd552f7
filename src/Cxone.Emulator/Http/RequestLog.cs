using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Routing;

namespace Cxone.Emulator.Http;

/// <summary>
/// Logs one line per request — <c>METHOD path status latency-ms</c> — and counts it. Only the path:
/// never the query string, headers or body, so no token or secret can reach the log. The line is
/// written and the counters move just before the response starts, so a client that has its answer
/// can already see both; the latency is the time to that point.
/// </summary>
internal sealed class RequestLog(TextWriter writer, EmulatorStatistics statistics)
{
    private const string DroppedKey = "cxone-emulator.dropped";
    private const string RecordKey = "cxone-emulator.record";

    /// <summary>
    /// Records, before the connection goes, that the emulator drops it on purpose (logged as
    /// "dropped", counted as status 0), so the client's error and the log line cannot race.
    /// </summary>
    public static void MarkDropped(HttpContext context)
    {
        context.Items[DroppedKey] = true;
        (context.Items[RecordKey] as Action<bool>)?.Invoke(true);
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        var recorded = 0;
        void Record(bool dropped)
        {
            if (Interlocked.Exchange(ref recorded, 1) == 0)
            {
                Write(context, dropped ? 0 : context.Response.StatusCode, Stopwatch.GetElapsedTime(started));
            }
        }

        context.Items[RecordKey] = (Action<bool>)Record;
        context.Response.OnStarting(() =>
        {
            Record(context.Items.ContainsKey(DroppedKey));
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        finally
        {
            // Reached without OnStarting only when no response was sent: a dropped connection.
            Record(context.Items.ContainsKey(DroppedKey) || context.RequestAborted.IsCancellationRequested || !context.Response.HasStarted);
        }
    }

    private void Write(HttpContext context, int status, TimeSpan elapsed)
    {
        var path = context.Request.Path.Value ?? "/";
        var route = context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } pattern }
            ? $"{context.Request.Method} {pattern}"
            : $"{context.Request.Method} (unmatched)";
        statistics.RecordRequest(path.StartsWith("/api/", StringComparison.Ordinal), path == Auth.TokenEndpoint.Route, route, status);
        var shown = status == 0 ? "dropped" : status.ToString(CultureInfo.InvariantCulture);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{context.Request.Method} {Sanitize(path)} {shown} {elapsed.TotalMilliseconds:0.0}ms"));
    }

    /// <summary>Control characters in a path would let a caller forge log lines; show them escaped.</summary>
    private static string Sanitize(string path) =>
        path.Any(char.IsControl) ? string.Concat(path.Select(c => char.IsControl(c) ? $"\\x{(int)c:x2}" : c.ToString())) : path;
}
