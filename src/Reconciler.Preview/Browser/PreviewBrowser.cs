using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Reconciler.Preview.Browser;

/// <summary>
/// Headless Chromium driven by Playwright: Debian's <c>/usr/bin/chromium</c>, never a browser
/// Playwright downloads. Takes screenshots of the preview and runs axe-core's contrast rule in it.
/// </summary>
public sealed class PreviewBrowser : IAsyncDisposable
{
    /// <summary>Where Debian's <c>chromium</c> package installs the browser.</summary>
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    /// <summary>The one line that tells a user how to get the browser.</summary>
    public const string InstallHint = "Chromium is needed for screenshots and axe checks but is not installed at " + DefaultChromiumPath +
        "; install it with: sudo apt-get install -y chromium";

    private static readonly string[] LaunchArguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private const string ContrastRule = "color-contrast";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private PreviewBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    /// <summary>Launches headless Chromium.</summary>
    /// <exception cref="ChromiumNotFoundException">No browser at <paramref name="executablePath"/>.</exception>
    public static async Task<PreviewBrowser> LaunchAsync(string executablePath = DefaultChromiumPath)
    {
        if (!File.Exists(executablePath))
        {
            throw new ChromiumNotFoundException(executablePath == DefaultChromiumPath
                ? InstallHint
                : $"Chromium is not installed at {executablePath}; install it with: sudo apt-get install -y chromium");
        }

        // Playwright must never try to download a browser of its own (no internet in CI, and the
        // system's browser gets security updates through apt).
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executablePath,
                Headless = true,
                Args = LaunchArguments,
            });
            return new PreviewBrowser(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A fresh page in its own context, for callers that inspect the preview themselves.</summary>
    public async Task<IPage> NewPageAsync(bool bypassCsp = false)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 520, Height = 760 },
            BypassCSP = bypassCsp,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Opens <paramref name="url"/>, optionally screenshots it, and runs axe's contrast rule.</summary>
    public async Task<BrowserCheck> CheckAsync(Uri url, string? screenshotPath)
    {
        ArgumentNullException.ThrowIfNull(url);
        var page = await NewPageAsync();
        try
        {
            await page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            return await InspectAsync(page, screenshotPath);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Loads <paramref name="html"/> directly (no server), optionally screenshots it, and runs axe's contrast rule.</summary>
    public async Task<BrowserCheck> CheckHtmlAsync(string html, string? screenshotPath)
    {
        ArgumentNullException.ThrowIfNull(html);
        var page = await NewPageAsync();
        try
        {
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
            return await InspectAsync(page, screenshotPath);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Runs axe-core's <c>color-contrast</c> rule in <paramref name="page"/>.</summary>
    public static async Task<ContrastRuleResult> RunContrastRuleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast"] } };
        var result = await page.RunAxe(options);
        return new ContrastRuleResult(
            Findings(result.Violations),
            Findings(result.Incomplete),
            result.Passes.Where(p => p.Id == ContrastRule).Sum(p => p.Nodes.Length));
    }

    private static async Task<BrowserCheck> InspectAsync(IPage page, string? screenshotPath)
    {
        if (screenshotPath is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(screenshotPath))!);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshotPath, FullPage = true });
        }

        var contrast = await RunContrastRuleAsync(page);
        return new BrowserCheck(screenshotPath, contrast.Violations, contrast.NeedsReview, contrast.Passes);
    }

    private static List<AxeContrastFinding> Findings(IEnumerable<AxeResultItem> items) => items
        .Where(v => v.Id == ContrastRule)
        .SelectMany(v => v.Nodes)
        .Select(n => new AxeContrastFinding(
            n.Target?.ToString() ?? "",
            n.Html ?? "",
            n.Any?.FirstOrDefault()?.Message ?? "insufficient colour contrast"))
        .ToList();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
