using Reconciler.Preview.Browser;

namespace Reconciler.Preview.Tests.Support;

/// <summary>
/// One headless Chromium for the browser tests. A missing /usr/bin/chromium FAILS these tests
/// (CI installs it with apt); they are never skipped.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private PreviewBrowser? _browser;

    public PreviewBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium did not start.");

    public async Task InitializeAsync() => _browser = await PreviewBrowser.LaunchAsync();

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
