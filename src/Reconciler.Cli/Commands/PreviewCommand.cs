using System.CommandLine;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Playwright;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Themes;
using Reconciler.Engine.Planning;
using Reconciler.Preview.Browser;
using Reconciler.Preview.Hosting;
using Reconciler.Preview.Loading;
using Reconciler.Preview.Rendering;

namespace Reconciler.Cli.Commands;

/// <summary>
/// <c>reconciler preview THEME_FILE [--port N] [--out FILE.html] [--screenshot FILE.png]</c>: shows
/// the widget as a visitor would see it. Serves it live on 127.0.0.1 (reloading on save), writes
/// it as a static page, or screenshots it in headless Chromium and runs axe-core's contrast rule,
/// printing axe's findings beside our own WCAG figures.
/// </summary>
internal static class PreviewCommand
{
    /// <summary>The tutorial's port.</summary>
    public const int DefaultPort = 8080;

    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("THEME_FILE") { Description = "The theme file, e.g. themes/enterprise-dark.yaml." };
        var port = new Option<int>("--port")
        {
            Description = $"Loopback port for the live preview; 0 picks a free one. Default {DefaultPort}.",
            DefaultValueFactory = _ => DefaultPort,
        };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                r.AddError("--port must be from 0 to 65535.");
            }
        });
        var output = new Option<string?>("--out") { Description = "Write the preview as a static HTML file and exit." };
        var screenshot = new Option<string?>("--screenshot") { Description = "Save a PNG of the preview taken in headless Chromium, run axe-core's contrast check, and exit." };
        var command = new Command("preview", """
            Preview a widget theme as a visitor would see it: launcher, header, message bubbles and buttons.
            Without --out or --screenshot, serves it on http://127.0.0.1:PORT/ and reloads the page
            whenever the file is saved, until Ctrl+C.

            Examples:
              reconciler preview themes/enterprise-dark.yaml
              reconciler preview themes/enterprise-dark.yaml --out dark.html
              reconciler preview themes/enterprise-dark.yaml --screenshot dark.png
            """) { file, port, output, screenshot };
        command.SetAction((parse, ct) => RunAsync(
            environment, parse.GetValue(file)!, parse.GetValue(port), parse.GetValue(output), parse.GetValue(screenshot), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, string file, int port, string? outFile, string? screenshot, CancellationToken cancellationToken)
    {
        var loaded = ThemeFileLoader.Load(environment.ResolvePath(file), file);
        foreach (var d in loaded.Diagnostics)
        {
            environment.Error.WriteLine(PrintableText.OneLine($"{d.File}:{d.Line}:{d.Column}: {(d.IsError ? "error" : "warning")} {d.Code}: {d.Message}"));
        }

        if (!loaded.CanPreview)
        {
            environment.Error.WriteLine($"error: {file} cannot be previewed until the errors above are fixed.");
            return ExitCodes.Failure;
        }

        var theme = loaded.Theme!;
        WriteFigures(environment.Output, theme);
        if (outFile is not null)
        {
            var path = environment.ResolvePath(outFile);
            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, PreviewPage.Render(PreviewModel.From(theme), nonce, withReloadScript: false), cancellationToken);
            environment.Output.WriteLine($"Wrote {outFile}");
        }

        if (screenshot is not null)
        {
            return await ScreenshotAsync(environment, environment.ResolvePath(file), file, screenshot, cancellationToken);
        }

        return outFile is not null ? ExitCodes.Success : await ServeAsync(environment, environment.ResolvePath(file), file, port, cancellationToken);
    }

    private static void WriteFigures(TextWriter output, ThemeDocument theme)
    {
        output.WriteLine(PrintableText.OneLine($"{theme.Name} {theme.VersionTag} — WCAG 2.1 contrast (ours):"));
        foreach (var line in ContrastNotes.For(theme))
        {
            output.WriteLine("  " + PrintableText.OneLine(line));
        }
    }

    /// <summary>Screenshots one theme file and prints axe's contrast findings; shared with <c>plan --preview-dir</c>.</summary>
    internal static async Task<int> ScreenshotAsync(CliEnvironment environment, string fullPath, string displayPath, string screenshot, CancellationToken cancellationToken)
    {
        try
        {
            await using var browser = await PreviewBrowser.LaunchAsync();
            await using var server = await PreviewServer.StartAsync(fullPath, displayPath, 0, cancellationToken);
            var check = await browser.CheckAsync(server.Url, environment.ResolvePath(screenshot));
            environment.Output.WriteLine($"Screenshot: {screenshot}");
            WriteAxe(environment.Output, check);
            return ExitCodes.Success;
        }
        catch (ChromiumNotFoundException e)
        {
            environment.Error.WriteLine("error: " + e.Message);
            return ExitCodes.Failure;
        }
        catch (PlaywrightException e)
        {
            environment.Error.WriteLine($"error: headless Chromium failed: {FirstLine(e.Message)}. Check that 'chromium --headless --no-sandbox --version' runs.");
            return ExitCodes.Failure;
        }
    }

    internal static void WriteAxe(TextWriter output, BrowserCheck check)
    {
        if (check.ContrastClean)
        {
            output.WriteLine($"axe-core color-contrast: no violations ({check.ContrastPasses} elements checked).");
            return;
        }

        output.WriteLine($"axe-core color-contrast: {check.ContrastViolations.Count} violation(s), {check.ContrastNeedsReview.Count} to review (axe lists 1:1 text there), {check.ContrastPasses} passed:");
        foreach (var finding in check.ContrastViolations)
        {
            output.WriteLine($"  violation {finding.Target}: {finding.Message}");
        }

        foreach (var finding in check.ContrastNeedsReview)
        {
            output.WriteLine($"  review    {finding.Target}: {finding.Message}");
        }
    }

    private static async Task<int> ServeAsync(CliEnvironment environment, string fullPath, string displayPath, int port, CancellationToken cancellationToken)
    {
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(fullPath, displayPath, port, cancellationToken);
        }
        catch (IOException e) when (e.InnerException is SocketException || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            environment.Error.WriteLine($"error: port {port} is already in use; choose another --port, or --port 0 for a free one.");
            return ExitCodes.Failure;
        }

        await using (server)
        {
            environment.Output.WriteLine($"Preview of {displayPath} at {server.Url} (reloads when the file is saved; Ctrl+C to stop)");
            environment.Output.Flush();
            try
            {
                while (!cancellationToken.IsCancellationRequested)
                {
                    await server.WaitForChangeAsync(cancellationToken);
                    environment.Error.WriteLine($"{displayPath} changed; open pages reload.");
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        return ExitCodes.Success;
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
