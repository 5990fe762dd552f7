using System.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Reconciler.GitHub.Tests.Action;

/// <summary>
/// Runs the shell of the action's "reconcile" step (read from the repository's action.yml) as the
/// runner would, with a fake <c>dotnet</c> on PATH that prints a given output and exits with a
/// given code, so the step's exit-code mapping, outputs and report file are tested for real.
/// </summary>
internal sealed class ActionScript : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("action-").FullName;

    public ActionScript()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "bin"));
        Directory.CreateDirectory(Path.Combine(_folder, "temp"));
        Directory.CreateDirectory(Path.Combine(_folder, "workspace"));
        var fake = Path.Combine(_folder, "bin", "dotnet");
        File.WriteAllText(fake, "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\" > \"$FAKE_ARGS\"\ncat \"$FAKE_STDOUT\"\nexit \"$FAKE_EXIT\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string Workspace => Path.Combine(_folder, "workspace");

    public string ArgsPath => Path.Combine(_folder, "args.txt");

    /// <summary>Where the build step published the reconciler, under the runner's temporary folder.</summary>
    public string PublishedCli => Path.Combine(_folder, "temp", "cxone-reconciler", "reconciler.dll");

    public string OutputPath => Path.Combine(_folder, "github_output");

    /// <summary>The <c>name=value</c> lines the step wrote to GITHUB_OUTPUT.</summary>
    public Dictionary<string, string> Outputs => File.Exists(OutputPath)
        ? File.ReadAllLines(OutputPath).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1])
        : [];

    public string[] DotnetArgs => File.Exists(ArgsPath) ? File.ReadAllLines(ArgsPath) : [];

    public async Task<(int ExitCode, string Stdout)> RunAsync(string mode, string cliStdout, int cliExit, string failOnWarnings = "false", string baseRef = "", string stepId = "reconcile")
    {
        var script = Path.Combine(_folder, "step.sh");
        await File.WriteAllTextAsync(script, StepScript(stepId));
        var stdoutFile = Path.Combine(_folder, "cli-stdout.txt");
        await File.WriteAllTextAsync(stdoutFile, cliStdout);
        var start = new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        var environment = start.Environment;
        environment["PATH"] = Path.Combine(_folder, "bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        environment["FAKE_ARGS"] = ArgsPath;
        environment["FAKE_STDOUT"] = stdoutFile;
        environment["FAKE_EXIT"] = cliExit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["MODE"] = mode;
        environment["REPO_PATH"] = "content";
        environment["FAIL_ON_WARNINGS"] = failOnWarnings;
        environment["BASE_REF"] = baseRef;
        environment["GITHUB_TOKEN"] = "ghs_ACTION_SECRET";
        environment["ACTION_PATH"] = "/opt/action";
        environment["RUNNER_TEMP"] = Path.Combine(_folder, "temp");
        environment["GITHUB_OUTPUT"] = OutputPath;
        environment["GITHUB_WORKSPACE"] = Workspace;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The <c>run:</c> text of the step with <paramref name="stepId"/> in the repository's action.yml.</summary>
    internal static string StepScript(string stepId)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepositoryRoot(), "action.yml")))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var steps = (YamlSequenceNode)((YamlMappingNode)root["runs"])["steps"];
        var step = steps.Cast<YamlMappingNode>().Single(s => s.Children.TryGetValue("id", out var id) && id.ToString() == stepId);
        return step["run"].ToString();
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "action.yml")) && File.Exists(Path.Combine(dir.FullName, "Reconciler.sln")))
            {
                return dir.FullName;
            }
        }

        // Built with --artifacts-path outside the tree: fall back to the source location.
        var source = Path.GetFullPath(Path.Combine(ThisFileDirectory(), "..", "..", ".."));
        return File.Exists(Path.Combine(source, "action.yml")) ? source : throw new InvalidOperationException("action.yml not found above " + AppContext.BaseDirectory);
    }

    private static string ThisFileDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
