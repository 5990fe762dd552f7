using Reconciler.Cli;

namespace Reconciler.Cli.Tests;

/// <summary>The result of one in-process CLI run.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs the CLI in-process with captured output and a controlled environment.</summary>
internal static class CliTester
{
    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string>? environment, string workingDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var variables = environment ?? new Dictionary<string, string>();
        var cli = new CliEnvironment(output, error, name => variables.GetValueOrDefault(name), workingDirectory, isTerminal: false);
        var exitCode = await ReconcilerCli.RunAsync(args, cli, CancellationToken.None);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public static Task<CliResult> RunAsync(params string[] args) =>
        RunAsync(null, Directory.GetCurrentDirectory(), args);
}
