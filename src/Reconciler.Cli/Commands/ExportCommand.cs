using System.CommandLine;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Reconciler.Cli.Logging;
using Reconciler.Cli.Targets;
using Reconciler.Core.Content;
using Reconciler.Core.Validation;
using Reconciler.Cxone;
using Reconciler.Engine.Export;

namespace Reconciler.Cli.Commands;

/// <summary>
/// <c>reconciler export</c>: writes CXone's live templates, themes and widget assignments as a
/// content repository, the way to bring an existing tenant under git.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var outFolder = new Option<string>("--out") { Description = "The folder to write the content repository into (created if missing).", Required = true };
        var kinds = new Option<string>("--kinds") { Description = "Comma-separated kinds to export.", DefaultValueFactory = _ => "templates,themes,widgets" };
        var filter = new Option<string?>("--filter") { Description = "Only export ids (template ids, theme file names, widget ids) matching this regular expression." };
        var repo = new Option<string>("--repo")
        {
            Description = "With no CXONE_* variables: the content repository whose embedded emulator tenant (.reconciler/) to export.",
            DefaultValueFactory = _ => ".",
        };
        var command = new Command("export", """
            Export live CXone state into a content repository: one file per template and theme, widgets
            naming themes by file name. Exporting twice gives identical files; planning the export
            against the same tenant shows no changes.

            Examples:
              reconciler export --out my-content
              reconciler export --out my-content --kinds templates --filter '^tmpl_order'
            """) { outFolder, kinds, filter, repo };
        command.SetAction((parse, ct) => RunAsync(environment, parse.GetValue(outFolder)!, parse.GetValue(kinds)!, parse.GetValue(filter), parse.GetValue(repo)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, string outFolder, string kindList, string? filterText, string repo, CancellationToken cancellationToken)
    {
        if (!TryParseKinds(kindList, out var kinds, out var kindError))
        {
            environment.Error.WriteLine("error: " + kindError);
            return ExitCodes.Failure;
        }

        Regex? filter = null;
        if (filterText is not null)
        {
            try
            {
                filter = new Regex(filterText, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                environment.Error.WriteLine($"error: --filter '{filterText}' is not a valid regular expression: {e.Message}");
                return ExitCodes.Failure;
            }
        }

        using var loggers = LoggerFactory.Create(b => b.AddProvider(new StderrLoggerProvider(environment.Error, LogLevel.Warning)));
        CxoneTarget target;
        try
        {
            target = await CxoneTarget.OpenAsync(environment, environment.ResolvePath(repo), loggers, cancellationToken);
        }
        catch (CxoneConfigurationException e)
        {
            environment.Error.WriteLine("error: " + e.Message);
            return ExitCodes.Failure;
        }

        await using (target)
        {
            var folder = environment.ResolvePath(outFolder);
            ExportResult result;
            try
            {
                var exporter = new ContentExporter(target.Client, line => environment.Error.WriteLine(line));
                result = await exporter.ExportAsync(new ExportOptions(folder, kinds, filter), cancellationToken);
            }
            catch (Exception e) when (CliErrors.IsUserFacing(e) || e is IOException or UnauthorizedAccessException or InvalidOperationException or RegexMatchTimeoutException)
            {
                environment.Error.WriteLine("error: export stopped: " + e.Message);
                return ExitCodes.Failure;
            }

            foreach (var warning in result.Warnings)
            {
                environment.Error.WriteLine("warning: " + warning);
            }

            environment.Output.WriteLine(result.Line);
            var report = ContentValidator.LoadAndValidate(new WorkingTreeSource(folder));
            environment.Output.WriteLine(report.IsValid
                ? $"The export validates ({report.WarningCount} warning(s)); run 'reconciler validate --repo {outFolder}' to see them."
                : $"The export has {report.ErrorCount} validation error(s); run 'reconciler validate --repo {outFolder}' to see them.");
            return ExitCodes.Success;
        }
    }

    private static bool TryParseKinds(string text, out HashSet<ExportKind> kinds, out string error)
    {
        kinds = [];
        error = "";
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<ExportKind>(part, ignoreCase: true, out var kind) || int.TryParse(part, out _))
            {
                error = $"--kinds has '{part}'; use any of templates, themes, widgets, separated by commas.";
                return false;
            }

            kinds.Add(kind);
        }

        if (kinds.Count == 0)
        {
            error = "--kinds is empty; use any of templates, themes, widgets, separated by commas.";
            return false;
        }

        return true;
    }
}
