using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Reconciler.Cli.Output;
using Reconciler.Core.Content;
using Reconciler.Core.Validation;
using Reconciler.Engine.Git;

namespace Reconciler.Cli.Commands;

/// <summary>
/// <c>reconciler validate [--repo DIR] [--output text|json|sarif]</c>: loads the content repository,
/// runs every rule, prints the diagnostics, and exits 0 when there is no error (warnings allowed),
/// 1 otherwise.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var repo = new Option<string>("--repo") { Description = "The content repository's folder.", DefaultValueFactory = _ => "." };
        var output = new Option<string>("--output", "-o") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        output.AcceptOnlyFromAmong("text", "json", "sarif");
        var auditLog = RunRecorder.AuditLogOption();
        var command = new Command("validate", "Validate the content repository: YAML, schemas and every content rule.") { repo, output, auditLog };
        command.SetAction(parse => Run(environment, parse.GetValue(repo)!, parse.GetValue(output)!, parse.GetValue(auditLog)));
        return command;
    }

    private static int Run(CliEnvironment environment, string repo, string format, string? auditLog)
    {
        var root = environment.ResolvePath(repo);
        var source = new WorkingTreeSource(root);
        if (!source.Exists)
        {
            environment.Error.WriteLine($"error: the repository folder '{repo}' does not exist; pass --repo with the folder that holds templates/, themes/ and widgets/.");
            return ExitCodes.Failure;
        }

        var stopwatch = Stopwatch.StartNew();
        var report = ContentValidator.LoadAndValidate(source);
        stopwatch.Stop();
        switch (format)
        {
            case "json":
                JsonReportRenderer.Render(environment.Output, report.Diagnostics, changes: null, Summary(report));
                break;
            case "sarif":
                SarifRenderer.Render(environment.Output, report.Diagnostics, GitPrefix(root), ToolVersion());
                break;
            default:
                TextDiagnosticsRenderer.Render(environment.Output, report.Diagnostics, report.Content.Files.Count);
                break;
        }

        environment.Error.WriteLine($"validate: {report.Content.Files.Count} files in {stopwatch.Elapsed.TotalMilliseconds:0} ms");
        RecordAudit(environment, root, auditLog, report);
        return report.IsValid ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>One audit line per payload with <c>--audit-log</c>; never fails validate.</summary>
    private static void RecordAudit(CliEnvironment environment, string root, string? auditLog, ValidationReport report)
    {
        if (auditLog is null)
        {
            return;
        }

        string? commit = null;
        try
        {
            commit = ContentSourceResolver.Resolve(root, null, null).Revision.Commit;
        }
        catch (GitException)
        {
            // No usable git: the lines carry no commit.
        }

        RunRecorder.Start(environment, "validate", root, auditLog, report, commit).WarnAboutAudit();
    }

    private static JsonObject Summary(ValidationReport report) => new()
    {
        ["files"] = report.Content.Files.Count,
        ["templates"] = report.Content.Templates.Count,
        ["themes"] = report.Content.Themes.Count,
        ["widgets"] = report.Content.Widgets.Count,
    };

    /// <summary>
    /// SARIF URIs must be relative to the git repository's root for GitHub to place them, while
    /// diagnostics are relative to <c>--repo</c>; this is the path between the two.
    /// </summary>
    private static string GitPrefix(string repoRoot)
    {
        for (var dir = new DirectoryInfo(repoRoot); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                var relative = Path.GetRelativePath(dir.FullName, repoRoot).Replace('\\', '/');
                return relative == "." ? string.Empty : relative + "/";
            }
        }

        return string.Empty;
    }

    private static string ToolVersion() =>
        typeof(ValidateCommand).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
