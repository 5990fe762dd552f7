using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Reconciler.Cli.Logging;
using Reconciler.Cli.Targets;
using Reconciler.Cxone;
using Reconciler.Cxone.Analytics;

namespace Reconciler.Cli.Commands;

/// <summary>
/// <c>reconciler perf WIDGET_ID --from DATE --to DATE [--output text|json]</c>: the widget
/// performance analytics call (first paint, theme load time, render duration) as a table or JSON,
/// against the same target as plan.
/// </summary>
internal static class PerfCommand
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliEnvironment environment)
    {
        var widget = new Argument<string>("WIDGET_ID") { Description = "The widget, e.g. w-100234." };
        var from = DateOption("--from", "First day, YYYY-MM-DD.");
        var to = DateOption("--to", "Last day, YYYY-MM-DD.");
        var repo = new Option<string>("--repo") { Description = "The content repository (where the embedded emulator keeps its state).", DefaultValueFactory = _ => "." };
        var output = new Option<string>("--output", "-o") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        output.AcceptOnlyFromAmong("text", "json");
        var command = new Command("perf", """
            Show a widget's rendering performance over a date range: first paint, theme load time and
            render duration, in milliseconds.

            Examples:
              reconciler perf w-100234 --from 2026-10-01 --to 2026-10-31
              reconciler perf w-100234 --from 2026-10-01 --to 2026-10-31 --output json
            """) { widget, from, to, repo, output };
        command.SetAction((parse, ct) => RunAsync(
            environment, parse.GetValue(widget)!, parse.GetValue(from)!.Value, parse.GetValue(to)!.Value, parse.GetValue(repo)!, parse.GetValue(output)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, string widgetId, DateOnly from, DateOnly to, string repo, string format, CancellationToken cancellationToken)
    {
        if (from > to)
        {
            environment.Error.WriteLine($"error: --from {Format(from)} is after --to {Format(to)}; give the earlier day first.");
            return ExitCodes.Failure;
        }

        if (string.IsNullOrWhiteSpace(widgetId))
        {
            environment.Error.WriteLine("error: WIDGET_ID is empty; pass the widget's id, e.g. w-100234.");
            return ExitCodes.Failure;
        }

        using var loggers = LoggerFactory.Create(b => b.AddProvider(new StderrLoggerProvider(environment.Error, LogLevel.Warning)));
        try
        {
            await using var target = await CxoneTarget.OpenAsync(environment, environment.ResolvePath(repo), loggers, cancellationToken);
            var performance = await target.Client.GetWidgetPerformanceAsync(widgetId, from, to, null, cancellationToken);
            if (format == "json")
            {
                WriteJson(environment.Output, performance, target.Description);
            }
            else
            {
                WriteTable(environment.Output, performance);
            }

            return ExitCodes.Success;
        }
        catch (Exception e) when (CliErrors.IsUserFacing(e))
        {
            environment.Error.WriteLine("error: could not read widget performance: " + e.Message);
            return ExitCodes.Failure;
        }
    }

    private static void WriteTable(TextWriter output, WidgetPerformance performance)
    {
        output.WriteLine($"Widget {performance.WidgetId}, {performance.StartDate} to {performance.EndDate}");
        output.WriteLine();
        output.WriteLine($"  {"metric",-18} {"ms",10}");
        output.WriteLine($"  {new string('-', 18)} {new string('-', 10)}");
        output.WriteLine($"  {"first paint",-18} {Ms(performance.Metrics.FirstPaint),10}");
        output.WriteLine($"  {"theme load time",-18} {Ms(performance.Metrics.ThemeLoadTime),10}");
        output.WriteLine($"  {"render duration",-18} {Ms(performance.Metrics.RenderDuration),10}");
    }

    private static void WriteJson(TextWriter output, WidgetPerformance performance, string target)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("widgetId", performance.WidgetId);
            writer.WriteString("from", performance.StartDate);
            writer.WriteString("to", performance.EndDate);
            writer.WriteString("target", target);
            writer.WriteStartObject("metricsMs");
            Number(writer, "firstPaint", performance.Metrics.FirstPaint);
            Number(writer, "themeLoadTime", performance.Metrics.ThemeLoadTime);
            Number(writer, "renderDuration", performance.Metrics.RenderDuration);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void Number(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string Ms(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "n/a";

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Option<DateOnly?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        Required = true,
        CustomParser = (ArgumentResult result) =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"{name} must be a date written YYYY-MM-DD, e.g. 2026-10-01; got '{text}'.");
            return null;
        },
    };
}
