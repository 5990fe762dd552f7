using Microsoft.Playwright;
using Reconciler.Preview.Browser;

namespace Reconciler.Cli.Tests.Hygiene;

/// <summary>
/// Issue 9, escaping: the page <c>reconciler preview</c> makes of a hostile theme, written with
/// <c>--out</c> and served live, loaded in real headless Chromium (Debian's /usr/bin/chromium):
/// no dialog, no script, no injected element, and the name and labels read exactly as written.
/// </summary>
public sealed class HostilePreviewTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hygiene-preview-").FullName;
    private PreviewBrowser? _browser;

    public async Task InitializeAsync()
    {
        File.WriteAllText(Path.Combine(_folder, "hostile.yaml"), HostileContent.Files()["themes/hostile.yaml"]);
        _browser = await PreviewBrowser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task PreviewOut_HostileTheme_NothingRunsAndTextShowsLiterally()
    {
        var result = await CliTester.RunAsync(new Dictionary<string, string>(), _folder, "preview", "hostile.yaml", "--out", "page.html");
        Assert.True(result.ExitCode == 0, result.Error);
        var path = Path.Combine(_folder, "page.html");

        // As written (under its Content-Security-Policy), then with the policy bypassed: escaping alone must hold.
        await AssertInertAsync(page => page.GotoAsync(new Uri(path).AbsoluteUri), bypassCsp: false);
        await AssertInertAsync(page => page.SetContentAsync(File.ReadAllText(path)), bypassCsp: true);
    }

    [Fact]
    public async Task PreviewServe_HostileTheme_NothingRunsAndTextShowsLiterally()
    {
        using var output = new StringWriter();
        var synchronized = TextWriter.Synchronized(output);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var cli = new CliEnvironment(synchronized, TextWriter.Null, _ => null, _folder, isTerminal: false);
        var run = ReconcilerCli.RunAsync(["preview", "hostile.yaml", "--port", "0"], cli, stop.Token);
        try
        {
            var url = await WaitForUrlAsync(output, run);
            await AssertInertAsync(page => page.GotoAsync(url), bypassCsp: true, allowedScripts: 1);
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(0, await run);
        }
    }

    private async Task AssertInertAsync(Func<IPage, Task> load, bool bypassCsp, int allowedScripts = 0)
    {
        var page = await _browser!.NewPageAsync(bypassCsp);
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        try
        {
            await load(page);
            // Give anything that could run (onerror, a deferred script) the chance to do so.
            await page.WaitForLoadStateAsync(LoadState.Load);
            await page.EvaluateAsync("() => new Promise(r => setTimeout(r, 300))");

            Assert.Empty(dialogs);
            Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"));
            Assert.Equal(allowedScripts, await page.Locator("script").CountAsync());
            Assert.Equal(0, await page.Locator("img, a, iframe, object, embed").CountAsync());
            Assert.Equal(0, await page.Locator("[onerror], [onmouseover], [href^='javascript']").CountAsync());
            Assert.Equal(HostileContent.ThemeName, await page.Locator("h1.title").TextContentAsync());
            Assert.Contains(HostileContent.ThemeName, await page.TitleAsync(), StringComparison.Ordinal);
            for (var i = 0; i < HostileContent.Labels.Length; i++)
            {
                Assert.Equal(HostileContent.Labels[i], await page.Locator($".theme-button-{i}").TextContentAsync());
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task<string> WaitForUrlAsync(StringWriter output, Task<int> run)
    {
        for (var i = 0; i < 300; i++)
        {
            var text = output.ToString();
            var at = text.IndexOf("http://127.0.0.1:", StringComparison.Ordinal);
            if (at >= 0)
            {
                return text[at..].Split(' ', '\n')[0];
            }

            if (run.IsCompleted)
            {
                throw new InvalidOperationException("preview exited early: " + text);
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("preview printed no URL: " + output);
    }
}
