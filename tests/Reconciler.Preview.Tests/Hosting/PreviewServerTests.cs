using System.Net;
using Reconciler.Preview.Hosting;
using Reconciler.Preview.Tests.Support;

namespace Reconciler.Preview.Tests.Hosting;

public sealed class PreviewServerTests : IDisposable
{
    private readonly ThemeFiles _files = new();

    [Fact]
    public async Task StartAsync_AnyPort_ListensOnLoopbackOnly()
    {
        await using var server = await PreviewServer.StartAsync(ThemeFiles.EnterpriseDark, "enterprise-dark.yaml", 0, CancellationToken.None);

        Assert.Equal("127.0.0.1", server.Url.Host);
        Assert.True(server.Url.Port > 0);
    }

    [Fact]
    public async Task GetPage_ServesHtmlWithStrictPolicyAndFreshNonce()
    {
        await using var server = await PreviewServer.StartAsync(ThemeFiles.EnterpriseDark, "enterprise-dark.yaml", 0, CancellationToken.None);
        using var http = new HttpClient();

        using var first = await http.GetAsync(server.Url);
        using var second = await http.GetAsync(server.Url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var csp = string.Join(";", first.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.NotEqual(csp, string.Join(";", second.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("Enterprise Dark Mode", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPage_FileBecomesInvalid_ShowsTheEncodedErrorsInstead()
    {
        var path = _files.Write("t.yaml", ThemeFiles.Theme());
        await using var server = await PreviewServer.StartAsync(path, "themes/t.yaml", 0, CancellationToken.None);
        using var http = new HttpClient();
        await File.WriteAllTextAsync(path, ThemeFiles.Theme(background: "<b>red</b>"));

        var html = await http.GetStringAsync(server.Url);

        Assert.Contains("cannot be previewed", html, StringComparison.Ordinal);
        Assert.Contains("themes/t.yaml:3:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>red</b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_FileChanges_StreamSendsReload()
    {
        var path = _files.Write("t.yaml", ThemeFiles.Theme());
        await using var server = await PreviewServer.StartAsync(path, "t.yaml", 0, CancellationToken.None);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        using var response = await http.GetAsync(new Uri(server.Url, "events"), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal(": connected", await reader.ReadLineAsync());

        await File.WriteAllTextAsync(path, ThemeFiles.Theme(background: "#000000"));
        var lines = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (await reader.ReadLineAsync(timeout.Token) is { } line && !line.StartsWith("event:", StringComparison.Ordinal))
        {
            lines.Add(line);
        }

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.True(server.ChangesSeen >= 1);
    }

    [Fact]
    public async Task StartAsync_PortTaken_Throws()
    {
        await using var first = await PreviewServer.StartAsync(ThemeFiles.EnterpriseDark, "a.yaml", 0, CancellationToken.None);

        await Assert.ThrowsAnyAsync<IOException>(() => PreviewServer.StartAsync(ThemeFiles.EnterpriseDark, "a.yaml", first.Url.Port, CancellationToken.None));
    }

    public void Dispose() => _files.Dispose();
}
