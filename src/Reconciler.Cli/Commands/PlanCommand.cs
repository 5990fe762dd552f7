using System.CommandLine;
using Reconciler.Cli.Output;
using Reconciler.Engine;
using Reconciler.Engine.Planning;
using Reconciler.Engine.Rendering;
using Reconciler.GitHub.Markdown;

namespace Reconciler.Cli.Commands;

/// <summary>
/// <c>reconciler plan</c>: a dry run. Reads the desired state and CXone's live state and prints what
/// apply would do, changing nothing.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var options = new ReconcileOptions();
        var baseRef = new Option<string?>("--base")
        {
            Description = "Mark the changes declared in files that differ from this commit (the pull request's base).",
        };
        var output = new Option<string>("--output", "-o") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        output.AcceptOnlyFromAmong("text", "markdown", "json");
        var detailed = new Option<bool>("--detailed-exitcode")
        {
            Description = "Exit 2 when the plan has changes, 0 when it has none, 1 on errors (Terraform's convention).",
        };
        var auditLog = RunRecorder.AuditLogOption();
        var previewDir = new Option<string?>("--preview-dir")
        {
            Description = "Write a PNG preview of each theme the plan creates or updates into this folder (needs Chromium).",
        };
        var command = new Command("plan", """
            Show what apply would change in CXone, without changing anything.

            Examples:
              reconciler plan --repo content-example
              reconciler plan --ref origin/main --base origin/main~1 --output markdown
              reconciler plan --detailed-exitcode --output json > plan.json
            """);
        options.AddTo(command);
        command.Options.Add(baseRef);
        command.Options.Add(output);
        command.Options.Add(detailed);
        command.Options.Add(auditLog);
        command.Options.Add(previewDir);
        command.SetAction((parse, ct) => RunAsync(
            environment,
            parse.GetValue(options.Repo)!,
            parse.GetValue(options.Ref),
            parse.GetValue(baseRef),
            parse.GetValue(output)!,
            parse.GetValue(detailed),
            parse.GetValue(options.NoGitHub),
            parse.GetValue(auditLog),
            parse.GetValue(previewDir),
            ct));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, string repo, string? gitRef, string? baseRef, string format, bool detailed, bool noGitHub, string? auditLog, string? previewDir, CancellationToken cancellationToken)
    {
        await using var session = await ReconcileSession.OpenAsync(environment, repo, gitRef, baseRef, noGitHub, cancellationToken, planOnly: true);
        if (session is null)
        {
            return ExitCodes.Failure;
        }

        var planning = session.TryPlanAsync(environment, cancellationToken);
        var report = await session.Validation;
        if (await planning is not { } plan)
        {
            return ExitCodes.Failure;
        }

        Render(environment.Output, plan, format);

        // Audit the validation; with --preview-dir, screenshot the changed themes (paths on stdout for text, stderr otherwise).
        if (auditLog is not null)
        {
            await using var recorder = RunRecorder.Start(environment, "plan", environment.ResolvePath(repo), auditLog, report, plan.Source.Commit);
            recorder.WarnAboutAudit();
        }

        if (previewDir is not null && !await PlanPreviews.WriteAsync(environment, plan, report.Content, previewDir, format == "text" ? environment.Output : environment.Error))
        {
            return ExitCodes.Failure;
        }

        if (session.GitHub is not null)
        {
            await session.GitHub.ReportPlanAsync(plan, cancellationToken);
        }

        if (plan.Errored)
        {
            return ExitCodes.Failure;
        }

        return detailed && plan.Summary.HasChanges ? ExitCodes.ChangesPresent : ExitCodes.Success;
    }

    internal static void Render(TextWriter output, Plan plan, string format)
    {
        switch (format)
        {
            case "json":
                PlanJson.Render(output, plan);
                break;
            case "markdown":
                output.WriteLine(new MarkdownReportRenderer().Render(plan, MarkdownOptions.Default));
                break;
            default:
                new TextPlanRenderer().Render(plan, output);
                break;
        }
    }
}
