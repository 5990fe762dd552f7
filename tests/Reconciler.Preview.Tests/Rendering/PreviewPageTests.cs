using Reconciler.Core.Themes;
using Reconciler.Preview.Loading;
using Reconciler.Preview.Rendering;
using Reconciler.Preview.Tests.Support;

namespace Reconciler.Preview.Tests.Rendering;

public sealed class PreviewPageTests : IDisposable
{
    private readonly ThemeFiles _files = new();

    [Fact]
    public void Render_HostileLabel_IsEncodedNeverRaw()
    {
        var html = Render(ThemeFiles.Theme(label: "<img src=x onerror=alert(1)>"));

        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileName_IsEncodedInTitleAndHeader()
    {
        var yaml = ThemeFiles.Theme().Replace("name: Test Theme", "name: \"</title><script>window.__xss=1</script>\"", StringComparison.Ordinal);

        var html = Render(yaml);

        Assert.DoesNotContain("<script>window.__xss", html, StringComparison.Ordinal);
        Assert.Equal(3, CountOf(html, "&lt;/title&gt;&lt;script&gt;"));
    }

    [Fact]
    public void Render_HostileFontFamily_StaysInsideTheStyleElement()
    {
        var html = Render(ThemeFiles.Theme(family: "Inter;}</style><script>window.__xss=1</script>"));

        Assert.Equal(1, CountOf(html, "</style>"));
        Assert.DoesNotContain("<script>window.__xss", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Buttons_EachGetsItsCheckedColoursInTheStylesheet()
    {
        var html = Render(File.ReadAllText(ThemeFiles.EnterpriseDark));

        Assert.Contains(".theme-button-0 { background: #00e676; color: #000000;", html, StringComparison.Ordinal);
        Assert.Contains(".theme-button-1 { background: #2c2c2c; color: #e0e0e0;", html, StringComparison.Ordinal);
        Assert.Contains(">Browse FAQ</button>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithoutReloadScript_HasNoScriptAndForbidsScripts()
    {
        var html = Render(ThemeFiles.Theme(), withReload: false);

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("script-src &#x27;none&#x27;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithReloadScript_ScriptCarriesTheNonce()
    {
        var html = Render(ThemeFiles.Theme(), withReload: true, nonce: "abc123");

        Assert.Contains("<script nonce=\"abc123\">", html, StringComparison.Ordinal);
        Assert.Contains("<style nonce=\"abc123\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentSecurityPolicy_AllowsOnlyNoncedStyleAndScript()
    {
        var csp = PreviewPage.ContentSecurityPolicy("n0nce", allowReloadScript: true);

        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'nonce-n0nce'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'nonce-n0nce'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }

    [Fact]
    public void From_ColourNotHex_Throws()
    {
        var theme = Load(ThemeFiles.Theme());
        var broken = new ThemeDocument
        {
            Path = theme.Path, Key = theme.Key, Name = theme.Name, VersionTag = theme.VersionTag,
            BackgroundColor = "red", PrimaryColor = theme.PrimaryColor, Font = theme.Font, Buttons = theme.Buttons,
            BorderRadiusPx = theme.BorderRadiusPx, MaxWidthPx = theme.MaxWidthPx, VersionTagPosition = theme.VersionTagPosition, Node = theme.Node,
        };

        Assert.Throws<FormatException>(() => PreviewModel.From(broken));
    }

    public void Dispose() => _files.Dispose();

    private string Render(string yaml, bool withReload = false, string nonce = "n") =>
        PreviewPage.Render(PreviewModel.From(Load(yaml)), nonce, withReload);

    private ThemeDocument Load(string yaml)
    {
        var path = _files.Write("t.yaml", yaml);
        var loaded = ThemeFileLoader.Load(path, "t.yaml");
        Assert.True(loaded.CanPreview, string.Join("\n", loaded.Diagnostics));
        return loaded.Theme!;
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
