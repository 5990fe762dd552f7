using System.CommandLine;

namespace Reconciler.Cli.Commands;

/// <summary><c>reconciler validate</c>: checks the content repository (being built in issue 2).</summary>
internal static class ValidateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("validate", "Validate the content repository.");
        command.SetAction(_ =>
        {
            environment.Error.WriteLine("validate: not built yet");
            return ExitCodes.Failure;
        });
        return command;
    }
}
