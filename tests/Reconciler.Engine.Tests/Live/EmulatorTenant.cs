using System.Net;
using System.Text;
using Cxone.Emulator;
using Reconciler.Cxone;
using Reconciler.Cxone.Templates;
using Reconciler.Cxone.Themes;
using Reconciler.Cxone.Widgets;

namespace Reconciler.Engine.Tests.Live;

/// <summary>An emulator on loopback and clients of it, for engine tests that talk to CXone over real HTTP.</summary>
internal static class EmulatorTenant
{
    public const string WidgetThemesRoute = "GET /api/v1/omnichannel/webmessaging/widgets/{widgetId}/themes";
    public const string WidgetAssignmentsRoute = "GET /api/v1/omnichannel/webmessaging/widgets/{widgetId}/theme-assignments";
    public const string AllThemesPath = "/api/v1/omnichannel/webmessaging/themes";
    public const string AllAssignmentsPath = "/api/v1/omnichannel/webmessaging/theme-assignments";

    /// <summary>Short waits so tests stay quick; the behaviour is the production one.</summary>
    public static CxoneClientOptions Options { get; } = new()
    {
        BaseDelay = TimeSpan.FromMilliseconds(50),
        MaxDelay = TimeSpan.FromSeconds(1),
        JobPollInitialInterval = TimeSpan.FromMilliseconds(25),
        JobPollMaxInterval = TimeSpan.FromMilliseconds(200),
        JobDeadline = TimeSpan.FromSeconds(30),
    };

    public static Task<EmulatorServer> StartAsync(IReadOnlyList<string>? strictWidgets = null, double jobFailureRate = 0, int seed = 1) =>
        EmulatorServer.StartAsync(new EmulatorOptions
        {
            JobLatency = TimeSpan.FromMilliseconds(20),
            JobFailureRate = jobFailureRate,
            Seed = seed,
            StrictWidgets = strictWidgets is not null,
            Widgets = strictWidgets ?? [],
            RequestLog = TextWriter.Null,
        });

    public static ICxoneClient Connect(EmulatorServer emulator, CxoneClientOptions? options = null, HttpMessageHandler? handler = null) =>
        CxoneClientFactory.Create(
            new CxoneConnection(emulator.BaseUrl, EmulatorDefaults.ClientId, EmulatorDefaults.ClientSecret),
            options ?? Options,
            handler: handler);

    public static string WidgetId(int i) => $"w-{i:000}";

    /// <summary>
    /// Gives <paramref name="widgets"/> widgets a theme each (published once, batch-synced to the others)
    /// and one assignment each; every tenth widget also gets a theme of its own, assigned next to the shared one.
    /// Three template versions exist too.
    /// </summary>
    public static async Task PopulateAsync(ICxoneClient client, int widgets)
    {
        foreach (var (id, locale) in new[] { ("tmpl_a", "en-US"), ("tmpl_a", "es-MX"), ("tmpl_b", "en-US") })
        {
            var created = await client.CreateTemplateVersionAsync(Template(id, locale, "v1.0", $"sha256:{id}-{locale}"));
            Assert.IsType<TemplateVersionOutcome.Created>(created);
        }

        const string Shared = "5f0c3d1e-0000-4c2d-9e1f-0a1b2c3d4e5f";
        await client.PublishThemeAsync(WidgetId(0), Theme(Shared, "v1.0.0"));
        Assert.Equal(ThemeState.Active, (await client.WaitForThemeActiveAsync(Shared)).State);
        var sync = await client.BatchSyncAsync([.. Enumerable.Range(1, widgets - 1).Select(WidgetId)], Shared, overrideExisting: false);
        Assert.All(sync.Results, r => Assert.Equal(WidgetSyncStatus.Synced, r.Status));

        for (var i = 0; i < widgets; i++)
        {
            if (i % 10 == 0)
            {
                var own = $"5f0c3d1e-{i:0000}-4c2d-9e1f-0a1b2c3d4e01";
                await client.PublishThemeAsync(WidgetId(i), Theme(own, "v2.0.0"));
                Assert.Equal(ThemeState.Active, (await client.WaitForThemeActiveAsync(own)).State);
                await client.PutAssignmentsAsync(WidgetId(i), [new(Shared, "seg-a", null, 0.5), new(own, null, "EU", 0.5)]);
            }
            else
            {
                await client.PutAssignmentsAsync(WidgetId(i), [new(Shared, null, null, 1.0)]);
            }
        }
    }

    public static TemplatePayload Template(string id, string locale, string version, string hash) =>
        new(id, version, ["whatsapp"], locale, [new ContentBlock("msg_01", "text", $"Hello {{{{customer.name}}}}, {id} {version}.")], ["customer.name"], new ContentMetadata { CreatedBy = "tests", ContentHash = hash });

    public static ThemePayload Theme(string id, string tag) =>
        new(id, tag, "Shop Dark", "#1A1A1A", "#00E676", new ThemeFont("Inter", 14, 500, "#FFFFFF"), [new ThemeButton("Start Chat", "#00E676", "#000000", "center")], 8, 360);

    /// <summary>
    /// A server without the tenant-wide lists: answers 404 <c>not_found</c> for them, as CXone does for
    /// a path it does not serve, and forwards everything else to the emulator.
    /// </summary>
    public sealed class WithoutTenantLists() : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _refused;

        public int Refused => _refused;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath is not (AllThemesPath or AllAssignmentsPath))
            {
                return base.SendAsync(request, cancellationToken);
            }

            Interlocked.Increment(ref _refused);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound)
            {
                Content = new StringContent("""{"error":"not_found","message":"No route."}""", Encoding.UTF8, "application/json"),
            });
        }
    }
}
