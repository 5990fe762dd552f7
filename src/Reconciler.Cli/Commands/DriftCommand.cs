using System.CommandLine;
using Reconciler.Engine;
using Reconciler.Engine.Planning;

namespace Reconciler.Cli.Commands;

/// <summary>
/// <c>reconciler drift</c>: everything CXone holds that differs from the repository or that the
/// repository does not declare — changes made in the admin console, versions ahead of git.
/// </summary>
internal static class DriftCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var options = new ReconcileOptions();
        var output = new Option<string>("--output", "-o") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        output.AcceptOnlyFromAmong("text", "markdown", "json");
        var command = new Command("drift", """
            Report what CXone holds that differs from the repository or that the repository does not
            declare. Changes nothing. Exit 0: no drift; 2: drift found; 1: error.

            Examples:
              reconciler drift --repo content-example
              reconciler drift --output markdown > drift.md
            """);
        options.AddTo(command);
        command.Options.Add(output);
        command.SetAction((parse, ct) => RunAsync(environment, parse.GetValue(options.Repo)!, parse.GetValue(options.Ref), parse.GetValue(output)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, string repo, string? gitRef, string format, CancellationToken cancellationToken)
    {
        await using var session = await ReconcileSession.OpenAsync(environment, repo, gitRef, baseRef: null, noGitHub: true, cancellationToken);
        if (session is null)
        {
            return ExitCodes.Failure;
        }

        if (await session.TryPlanAsync(environment, cancellationToken) is not { } plan)
        {
            return ExitCodes.Failure;
        }

        // Live content that differs at the same version is drift too: someone changed CXone, not git.
        var drifted = plan with { Changes = plan.Changes.Where(c => c.Action is ChangeAction.Drift or ChangeAction.Conflict).ToList() };
        PlanCommand.Render(environment.Output, drifted, format);
        var count = drifted.Changes.Count;
        environment.Error.WriteLine(count == 0 ? "No drift: CXone holds nothing the repository does not declare." : $"Drift: {count} item(s) in CXone differ from the repository.");
        if (plan.Diagnostics.Any(d => d.IsError))
        {
            return ExitCodes.Failure;
        }

        return count > 0 ? ExitCodes.ChangesPresent : ExitCodes.Success;
    }
}
