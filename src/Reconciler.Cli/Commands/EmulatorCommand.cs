using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Net.Sockets;
using Cxone.Emulator;

namespace Reconciler.Cli.Commands;

/// <summary>
/// <c>reconciler emulator</c>: runs the local CXone emulator on a loopback port until Ctrl+C,
/// printing its base URL on one line (stdout) and one line per request (stderr).
/// </summary>
internal static class EmulatorCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var port = IntOption("--port", "Loopback port to listen on; 0 picks a free one.", EmulatorDefaults.Port, 0, 65535);
        var state = new Option<string?>("--state") { Description = "File that keeps the emulator's state across restarts (a .journal file sits beside it)." };
        var clients = new Option<string[]>("--client")
        {
            Description = "An accepted OAuth client, ID:SECRET[:SCOPES] (the secret cannot contain ':'; scopes comma- or space-separated, none means every scope). Repeatable. Default: local:local.",
            AllowMultipleArgumentsPerToken = false,
        };
        var tokenTtl = IntOption("--token-ttl", "Access-token lifetime in seconds.", (int)EmulatorDefaults.TokenTtl.TotalSeconds, 1, int.MaxValue);
        var rateLimit = new Option<double?>("--rate-limit")
        {
            Description = "Requests per second allowed per client (429 beyond it). Default: unlimited.",
            CustomParser = r => ParseDouble(r, "a positive number of requests per second", v => v > 0 && double.IsFinite(v)),
        };
        var faultRate = FractionOption("--fault-rate", "Fraction 0–1 of API calls answered with a transient fault (429, 500, 503, dropped connection).");
        var jobLatency = IntOption("--job-latency-ms", "How long template jobs and theme activations take.", (int)EmulatorDefaults.JobLatency.TotalMilliseconds, 0, 3_600_000);
        var jobFailureRate = FractionOption("--job-failure-rate", "Fraction 0–1 of jobs and activations that end FAILED.");
        var strictWidgets = new Option<bool>("--strict-widgets") { Description = "Only widgets given with --widget exist; others get 404." };
        var widgets = new Option<string[]>("--widget") { Description = "A widget that exists from the start. Repeatable.", AllowMultipleArgumentsPerToken = false };
        clients.Validators.Add(r =>
        {
            foreach (var token in r.Tokens)
            {
                if (EmulatorClientSpec.TryParse(token.Value, out _) is { } error)
                {
                    r.AddError(error);
                }
            }
        });

        var command = new Command("emulator", "Run the local CXone emulator (loopback only) until Ctrl+C.")
        {
            port, state, clients, tokenTtl, rateLimit, faultRate, jobLatency, jobFailureRate, strictWidgets, widgets,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var parsedClients = (parse.GetValue(clients) ?? []).Select(spec =>
            {
                EmulatorClientSpec.TryParse(spec, out var client);
                return client!;
            }).ToList();
            var options = new EmulatorOptions
            {
                Port = parse.GetValue(port),
                StatePath = parse.GetValue(state) is { Length: > 0 } path ? environment.ResolvePath(path) : null,
                Clients = parsedClients,
                TokenTtl = TimeSpan.FromSeconds(parse.GetValue(tokenTtl)),
                RateLimitPerSecond = parse.GetValue(rateLimit),
                FaultRate = parse.GetValue(faultRate),
                JobLatency = TimeSpan.FromMilliseconds(parse.GetValue(jobLatency)),
                JobFailureRate = parse.GetValue(jobFailureRate),
                StrictWidgets = parse.GetValue(strictWidgets),
                Widgets = parse.GetValue(widgets) ?? [],
                RequestLog = environment.Error,
            };
            return await RunAsync(options, environment, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(EmulatorOptions options, CliEnvironment environment, CancellationToken cancellationToken)
    {
        if (options.StrictWidgets && options.Widgets.Count == 0)
        {
            environment.Error.WriteLine("warning: --strict-widgets without any --widget: every widget call will get 404.");
        }

        EmulatorServer server;
        try
        {
            server = await EmulatorServer.StartAsync(options, cancellationToken);
        }
        catch (EmulatorStateException e)
        {
            environment.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            environment.Error.WriteLine($"error: port {options.Port} is already in use; choose another --port, or --port 0 for a free one.");
            return ExitCodes.Failure;
        }
        catch (ArgumentException e)
        {
            environment.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failure;
        }

        await using (server)
        {
            environment.Output.WriteLine($"CXone emulator listening on {server.BaseUrl} (Ctrl+C to stop)");
            environment.Output.Flush();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }

            await server.StopAsync(CancellationToken.None);
        }

        environment.Error.WriteLine(options.StatePath is { } path ? $"emulator stopped; state saved in {path}" : "emulator stopped");
        return ExitCodes.Success;
    }

    private static Option<int> IntOption(string name, string description, int defaultValue, int min, int max) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            var range = max == int.MaxValue ? $"at least {min}" : $"from {min} to {max}";
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            {
                result.AddError($"{name} must be a whole number {range}; got '{text}'.");
                return defaultValue;
            }

            return value;
        },
    };

    private static Option<double> FractionOption(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = r => ParseDouble(r, "a fraction from 0 to 1 (e.g. 0.1 for 10%)", v => v is >= 0 and <= 1) ?? 0,
    };

    private static double? ParseDouble(ArgumentResult result, string expected, Func<double, bool> isValid)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !isValid(value))
        {
            var name = (result.Parent as OptionResult)?.Option.Name ?? "option";
            result.AddError($"{name} must be {expected}; got '{text}'.");
            return null;
        }

        return value;
    }
}
