using System.CommandLine;

namespace Reconciler.Cli.Commands;

/// <summary><c>reconciler emulator</c>: runs the CXone emulator (being built in issue 3).</summary>
internal static class EmulatorCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("emulator", "Run the local CXone emulator.");
        command.SetAction(_ =>
        {
            environment.Error.WriteLine("emulator: not built yet");
            return ExitCodes.Failure;
        });
        return command;
    }
}
