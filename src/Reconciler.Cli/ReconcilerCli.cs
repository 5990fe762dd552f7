using System.CommandLine;
using Reconciler.Cli.Commands;

namespace Reconciler.Cli;

/// <summary>Builds the <c>reconciler</c> root command from one class per verb.</summary>
internal static class ReconcilerCli
{
    public static RootCommand Create(CliEnvironment environment)
    {
        var root = new RootCommand(
            "GitOps for NICE CXone digital-channel content: validate, plan and apply message templates " +
            "and web-messaging widget themes declared in a git repository.");
        root.Subcommands.Add(ValidateCommand.Create(environment));
        root.Subcommands.Add(PlanCommand.Create(environment));
        root.Subcommands.Add(ApplyCommand.Create(environment));
        root.Subcommands.Add(DriftCommand.Create(environment));
        root.Subcommands.Add(ExportCommand.Create(environment));
        root.Subcommands.Add(EmulatorCommand.Create(environment));
        root.Subcommands.Add(PreviewCommand.Create(environment));
        root.Subcommands.Add(PerfCommand.Create(environment));
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var root = Create(environment);
        var configuration = new InvocationConfiguration { Output = environment.Output, Error = environment.Error };
        return await root.Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
