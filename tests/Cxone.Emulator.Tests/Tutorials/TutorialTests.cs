using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Cxone.Emulator.Tests.Tutorials;

/// <summary>
/// The tutorials' own Python (tests/tutorials) against a real emulator over HTTP. These fail, never
/// skip, when python or its packages are missing: the emulator's promise is that this code runs.
/// </summary>
public sealed class TutorialTests
{
    private const string Python = "/usr/bin/python3";
    private const string AptPackages = "python3-httpx python3-lark python3-tenacity python3-aiohttp python3-pydantic python3-dotenv";

    [Fact]
    public async Task TemplateTutorial_OwnCode_SubmitsPollsAndReadsVersions()
    {
        var (exitCode, output) = await RunAsync("run_template_tutorial.py");

        Assert.True(exitCode == 0, output);
        Assert.Contains("tmpl_digital_001 v2.4: job COMPLETED", output, StringComparison.Ordinal);
        Assert.Contains("resubmit v2.4: 409 conflict", output, StringComparison.Ordinal);
        Assert.Contains("TEMPLATE TUTORIAL OK", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThemeTutorial_OwnCode_PublishesAssignsSyncsAndTracks()
    {
        var (exitCode, output) = await RunAsync("run_theme_tutorial.py");

        Assert.True(exitCode == 0, output);
        Assert.Contains("status: ACTIVE", output, StringComparison.Ordinal);
        Assert.Contains("batch sync: ['SYNCED', 'SYNCED']", output, StringComparison.Ordinal);
        Assert.Contains("white on white: activation FAILED on WCAG contrast", output, StringComparison.Ordinal);
        Assert.Contains("THEME TUTORIAL OK", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string driver)
    {
        Assert.True(File.Exists(Python), $"{Python} is missing; install python3 and: apt-get install -y {AptPackages}");
        var folder = TutorialsFolder();
        var (probeExit, probeOutput) = await RunPythonAsync(folder, ["-c", "import httpx, lark, tenacity, aiohttp, pydantic, dotenv"], new Dictionary<string, string>());
        Assert.True(probeExit == 0, $"Python packages are missing ({probeOutput.Trim()}); install them: apt-get install -y {AptPackages}");

        var log = new StringWriter();
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { RequestLog = log });
        var environment = new Dictionary<string, string>
        {
            ["CXONE_BASE_URL"] = server.BaseUrl.AbsoluteUri,
            ["CXONE_CLIENT_ID"] = "local",
            ["CXONE_CLIENT_SECRET"] = "local",
        };
        var (exitCode, output) = await RunPythonAsync(folder, [driver], environment);
        return (exitCode, output + "\n--- emulator log ---\n" + log);
    }

    private static async Task<(int ExitCode, string Output)> RunPythonAsync(string folder, string[] arguments, Dictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(Python)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"python {string.Join(' ', arguments)} did not finish in 2 minutes");
        }

        output.Append(await stdout).Append(await stderr);
        return (process.ExitCode, output.ToString());
    }

    private static string TutorialsFolder([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "tutorials"));
}
