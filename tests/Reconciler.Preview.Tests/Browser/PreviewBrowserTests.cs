using System.Globalization;
using Microsoft.Playwright;
using Reconciler.Core.Themes;
using Reconciler.Preview.Hosting;
using Reconciler.Preview.Loading;
using Reconciler.Preview.Rendering;
using Reconciler.Preview.Tests.Support;

namespace Reconciler.Preview.Tests.Browser;

/// <summary>The preview in real headless Chromium (Debian's /usr/bin/chromium).</summary>
[Collection(ChromiumCollection.Name)]
public sealed class PreviewBrowserTests(ChromiumFixture chromium) : IDisposable
{
    private readonly ThemeFiles _files = new();

    [Fact]
    public async Task CheckAsync_ServedExampleTheme_ComputedColoursEqualTheTheme()
    {
        await using var server = await PreviewServer.StartAsync(ThemeFiles.EnterpriseDark, "enterprise-dark.yaml", 0, CancellationToken.None);
        var page = await chromium.Browser.NewPageAsync();
        try
        {
            await page.GotoAsync(server.Url.ToString());

            Assert.Equal(Rgb("#1A1A1A"), await Style(page, "#widget", "backgroundColor"));
            Assert.Equal(Rgb("#FFFFFF"), await Style(page, "#widget", "color"));
            Assert.Equal(Rgb("#1A1A1A"), await Style(page, ".bubble-agent", "backgroundColor"));
            Assert.Equal(Rgb("#FFFFFF"), await Style(page, ".bubble-agent", "color"));
            Assert.Equal(Rgb("#00E676"), await Style(page, ".theme-button-0", "backgroundColor"));
            Assert.Equal(Rgb("#000000"), await Style(page, ".theme-button-0", "color"));
            Assert.Equal(Rgb("#2C2C2C"), await Style(page, ".theme-button-1", "backgroundColor"));
            Assert.Equal(Rgb("#E0E0E0"), await Style(page, ".theme-button-1", "color"));
            Assert.Equal("14px", await Style(page, "#widget", "fontSize"));
            Assert.Equal("500", await Style(page, "#widget", "fontWeight"));
            Assert.Equal("8px", await Style(page, ".theme-button-0", "borderTopLeftRadius"));
            Assert.Equal("360px", await Style(page, "#widget", "width"));
            Assert.StartsWith("Inter", (await Style(page, "#widget", "fontFamily")).Trim('"'), StringComparison.Ordinal);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Page_HostileLabel_RendersAsTextAndRunsNothing()
    {
        const string label = "<img src=x onerror=alert(1)>";
        var yaml = ThemeFiles.Theme(label: label, family: "Inter;}</style><script>window.__xss=1</script>")
            .Replace("name: Test Theme", "name: \"<script>window.__xss=2</script>\"", StringComparison.Ordinal);
        var html = Render(yaml);

        // Bypass CSP: escaping alone must hold, even if the policy were lost on the way.
        var page = await chromium.Browser.NewPageAsync(bypassCsp: true);
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        try
        {
            await page.SetContentAsync(html);
            await page.WaitForTimeoutAsync(300);

            Assert.Equal(label, await page.InnerTextAsync(".theme-button-0"));
            Assert.Equal(0, await page.Locator("img").CountAsync());
            Assert.Equal(0, await page.Locator("script").CountAsync());
            Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"));
            Assert.Equal(0, dialogs);
            Assert.Equal(Rgb("#00E676"), await Style(page, ".theme-button-0", "backgroundColor"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Page_ServedWithCsp_InjectedInlineScriptIsBlocked()
    {
        await using var server = await PreviewServer.StartAsync(ThemeFiles.EnterpriseDark, "enterprise-dark.yaml", 0, CancellationToken.None);
        var page = await chromium.Browser.NewPageAsync();
        try
        {
            await page.GotoAsync(server.Url.ToString());

            // A script element without the nonce, as an injection would add, must not run.
            await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__xss = 1'; document.body.appendChild(s); }");

            Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task CheckAsync_PassingTheme_AxeFindsNoContrastViolation()
    {
        await using var server = await PreviewServer.StartAsync(ThemeFiles.EnterpriseDark, "enterprise-dark.yaml", 0, CancellationToken.None);
        var screenshot = Path.Combine(_files.Folder, "dark.png");

        var check = await chromium.Browser.CheckAsync(server.Url, screenshot);

        Assert.True(check.ContrastClean, string.Join("\n", check.ContrastViolations.Concat(check.ContrastNeedsReview)));
        Assert.True(check.ContrastPasses >= 5, $"axe checked only {check.ContrastPasses} elements");
        var png = await File.ReadAllBytesAsync(screenshot);
        Assert.True(png.Length > 1000);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
    }

    [Fact]
    public async Task CheckHtmlAsync_GreyBelowMinimum_AxeReportsAViolationOnTheBodyText()
    {
        // #777777 on white is 4.477…:1: just under 4.5, so both our rule and axe must fail it, and
        // axe's printed figure must equal ours (both truncate to two decimals).
        var ours = WcagContrast.Format(WcagContrast.Ratio("#777777", "#FFFFFF"))[..^2];
        var html = Render(ThemeFiles.Theme(background: "#FFFFFF", text: "#777777"), expectContrastError: true);

        var check = await chromium.Browser.CheckHtmlAsync(html, screenshotPath: null);

        Assert.False(check.ContrastClean);
        Assert.Contains(check.ContrastViolations, v => v.Html.Contains("bubble-agent", StringComparison.Ordinal));
        Assert.Contains(check.ContrastViolations, v => v.Message.Contains($"contrast of {ours} (", StringComparison.Ordinal));
        Assert.DoesNotContain(check.ContrastViolations, v => v.Html.Contains("theme-button", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckHtmlAsync_WhiteOnWhite_AxeFlagsTheBodyTextAtOneToOne()
    {
        var html = Render(ThemeFiles.Theme(background: "#FFFFFF", text: "#FFFFFF"), expectContrastError: true);

        var check = await chromium.Browser.CheckHtmlAsync(html, screenshotPath: null);

        Assert.False(check.ContrastClean);
        var flagged = check.ContrastViolations.Concat(check.ContrastNeedsReview).ToList();
        Assert.Contains(flagged, v => v.Html.Contains("bubble-agent", StringComparison.Ordinal) && v.Message.Contains("1:1", StringComparison.Ordinal));
        Assert.DoesNotContain(flagged, v => v.Html.Contains("theme-button", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Page_ThemeFileSaved_ReloadsWithTheNewColours()
    {
        var path = _files.Write("live.yaml", ThemeFiles.Theme(buttonColour: "#00E676"));
        await using var server = await PreviewServer.StartAsync(path, "live.yaml", 0, CancellationToken.None);
        var page = await chromium.Browser.NewPageAsync();
        try
        {
            await page.GotoAsync(server.Url.ToString());
            Assert.Equal(Rgb("#00E676"), await Style(page, ".theme-button-0", "backgroundColor"));
            await page.WaitForTimeoutAsync(200);

            await page.EvaluateAsync("() => { window.__beforeReload = true; }");

            await File.WriteAllTextAsync(path, ThemeFiles.Theme(buttonColour: "#FFD54F"));
            await page.WaitForFunctionAsync(
                $"() => window.__beforeReload === undefined && document.querySelector('.theme-button-0') && getComputedStyle(document.querySelector('.theme-button-0')).backgroundColor === '{Rgb("#FFD54F")}'",
                null,
                new PageWaitForFunctionOptions { Timeout = 10_000 });

            Assert.Equal(Rgb("#FFD54F"), await Style(page, ".theme-button-0", "backgroundColor"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    public void Dispose() => _files.Dispose();

    private string Render(string yaml, bool expectContrastError = false)
    {
        var loaded = ThemeFileLoader.Load(_files.Write("t.yaml", yaml), "t.yaml");
        Assert.True(loaded.CanPreview, string.Join("\n", loaded.Diagnostics));
        Assert.Equal(expectContrastError, loaded.Diagnostics.Any(d => ThemeFileLoader.IsContrastCode(d.Code)));
        return PreviewPage.Render(PreviewModel.From(loaded.Theme!), "nonce", withReloadScript: false);
    }

    private static Task<string> Style(IPage page, string selector, string property) =>
        page.EvalOnSelectorAsync<string>(selector, $"e => getComputedStyle(e).{property}");

    private static string Rgb(string hex) => string.Create(CultureInfo.InvariantCulture,
        $"rgb({Convert.ToInt32(hex[1..3], 16)}, {Convert.ToInt32(hex[3..5], 16)}, {Convert.ToInt32(hex[5..7], 16)})");
}
