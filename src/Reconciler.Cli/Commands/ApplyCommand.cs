using System.CommandLine;
using Reconciler.Cli.Output;
using Reconciler.Engine;
using Reconciler.Engine.Apply;
using Reconciler.Engine.Audit;
using Reconciler.Engine.Planning;

namespace Reconciler.Cli.Commands;

/// <summary>
/// <c>reconciler apply</c>: plans, refuses on any error or conflict, applies the new versions in
/// dependency order, then plans again to verify that CXone now matches the repository.
/// </summary>
internal static class ApplyCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var options = new ReconcileOptions();
        var output = new Option<string>("--output", "-o") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        output.AcceptOnlyFromAmong("text", "json");
        var auditLog = RunRecorder.AuditLogOption();
        var command = new Command("apply", """
            Apply the repository to CXone: create the new template versions, publish the new theme
            versions, set widget assignments and batch-sync shared themes, in that order.
            Refuses to start while validation errors or conflicts exist. Safe to rerun: an
            interrupted apply converges without creating anything twice.

            Examples:
              reconciler apply --repo content-example
              reconciler apply --ref main --output json
            """);
        options.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(auditLog);
        command.SetAction((parse, ct) => RunAsync(
            environment,
            parse.GetValue(options.Repo)!,
            parse.GetValue(options.Ref),
            parse.GetValue(output)!,
            parse.GetValue(options.NoGitHub),
            parse.GetValue(auditLog),
            ct));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, string repo, string? gitRef, string format, bool noGitHub, string? auditLog, CancellationToken cancellationToken)
    {
        await using var session = await ReconcileSession.OpenAsync(environment, repo, gitRef, baseRef: null, noGitHub, cancellationToken);
        if (session is null)
        {
            return ExitCodes.Failure;
        }

        try
        {
            // Plan first: apply consumes only a plan, and refuses an errored one.
            var planning = session.Reconciler.PlanAsync(session.Content, session.Validation, cancellationToken);
            var report = await session.Validation;
            var plan = await planning;

            // Record validation in the audit log; the audit log and webhooks then hear each applied change.
            await using var recorder = RunRecorder.Start(environment, "apply", environment.ResolvePath(repo), auditLog,
                report, plan.Source.Commit, session.Target.Description);
            if (plan.Errored)
            {
                recorder.WarnAboutAudit();
                PlanCommand.Render(environment.Output, plan, format);
                environment.Error.WriteLine("error: apply refused: fix the errors and conflicts above, then run apply again. Nothing was changed.");
                await ReportPlanAsync(session, plan, cancellationToken);
                return ExitCodes.Failure;
            }

            var applicable = plan.Changes.Count(c => c.IsApplicable);
            var result = await ApplyProgressDisplay.RunAsync(environment, applicable,
                progress => session.Reconciler.ApplyAsync(plan, recorder.Observe(progress), cancellationToken));
            Render(environment.Output, result, format, await recorder.FinishAsync(result));
            if (session.GitHub is not null)
            {
                await session.GitHub.ReportApplyAsync(result, cancellationToken);
            }

            if (!result.Succeeded)
            {
                return ExitCodes.Failure;
            }

            // Verify: a fresh plan must find nothing left to do.
            var verify = await session.Reconciler.PlanAsync(session.Content, report, cancellationToken);
            if (verify.Summary.HasChanges)
            {
                environment.Error.WriteLine($"error: verification found {verify.Summary.ToCreate + verify.Summary.ToUpdate} change(s) still pending after apply (was CXone changed meanwhile?); run 'reconciler plan' to see them.");
                return ExitCodes.Failure;
            }

            return ExitCodes.Success;
        }
        catch (Exception e) when (CliErrors.IsUserFacing(e))
        {
            environment.Error.WriteLine("error: " + e.Message);
            return ExitCodes.Failure;
        }
    }

    private static async Task ReportPlanAsync(ReconcileSession session, Plan plan, CancellationToken cancellationToken)
    {
        if (session.GitHub is not null)
        {
            await session.GitHub.ReportPlanAsync(plan, cancellationToken);
        }
    }

    private static void Render(TextWriter output, ApplyResult result, string format, ApplyMetrics metrics)
    {
        if (format == "json")
        {
            PlanJson.Render(output, result.Plan, result, RunRecorder.MetricsJson(metrics));
            return;
        }

        if (result.Items.Count == 0)
        {
            output.WriteLine("No changes. CXone matches the repository.");
        }
        else
        {
            TextApplyRenderer.Render(output, result);
        }

        RunRecorder.WriteMetrics(output, metrics);
    }
}
