using Xunit.Abstractions;

namespace Reconciler.Cli.Tests.Reliability;

/// <summary>
/// One row of the reliability table the issue asks for: what was done to the run and what it
/// left behind. Printed through the test output so `dotnet test --logger "console;verbosity=detailed"`
/// shows it.
/// </summary>
/// <param name="Scenario">What happened, in a few words.</param>
/// <param name="FaultsInjected">Faults the emulator injected (HTTP faults, failed jobs) plus kills.</param>
/// <param name="ItemsApplied">Changes applied over all runs of the scenario (first run plus reruns).</param>
/// <param name="Runs">Apply runs until the plan showed no changes.</param>
/// <param name="Duplicates">Live copies beyond the one expected.</param>
/// <param name="Losses">Declared items absent from CXone at the end.</param>
/// <param name="Leaks">Secrets or tokens in any output, plus stack traces shown to the user.</param>
internal sealed record ReliabilityFigures(string Scenario, long FaultsInjected, int ItemsApplied, int Runs, int Duplicates, int Losses, int Leaks)
{
    public const string Header = "| scenario | faults injected | items applied | apply runs | duplicates | losses | leaks |\n|---|---:|---:|---:|---:|---:|---:|";

    public void Print(ITestOutputHelper output, string? details = null)
    {
        output.WriteLine(Header);
        output.WriteLine($"| {Scenario} | {FaultsInjected} | {ItemsApplied} | {Runs} | {Duplicates} | {Losses} | {Leaks} |");
        if (details is not null)
        {
            output.WriteLine(details);
        }
    }
}
