using Cxone.Emulator;
using Reconciler.Cxone;
using Reconciler.TestSupport;

namespace Reconciler.Cli.Tests.EndToEnd;

/// <summary>
/// One test's world: the example content in a real temporary git repository, an emulator on
/// loopback, and the CXONE_* variables that point the CLI at it.
/// </summary>
internal sealed class TenantScope : IAsyncDisposable
{
    private TenantScope(TempGitRepository repo, EmulatorServer emulator)
    {
        Repo = repo;
        Emulator = emulator;
        Environment = new Dictionary<string, string>
        {
            ["CXONE_BASE_URL"] = emulator.BaseUrl.ToString(),
            ["CXONE_CLIENT_ID"] = EmulatorDefaults.ClientId,
            ["CXONE_CLIENT_SECRET"] = EmulatorDefaults.ClientSecret,
        };
    }

    public TempGitRepository Repo { get; }

    public EmulatorServer Emulator { get; }

    public Dictionary<string, string> Environment { get; }

    public static async Task<TenantScope> StartAsync(TimeSpan? jobLatency = null)
    {
        var repo = new TempGitRepository();
        repo.CopyFrom(RepositoryFiles.ContentExample);
        repo.Commit("example content");
        var emulator = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            JobLatency = jobLatency ?? TimeSpan.FromMilliseconds(20),
            RequestLog = TextWriter.Null,
        });
        return new TenantScope(repo, emulator);
    }

    public Task<CliResult> RunAsync(params string[] args) => CliTester.RunAsync(Environment, Repo.Root, args);

    /// <summary>A client of the emulator, for changing or inspecting live state behind the CLI's back.</summary>
    public ICxoneClient Client() => CxoneClientFactory.Create(new CxoneConnection(Emulator.BaseUrl, EmulatorDefaults.ClientId, EmulatorDefaults.ClientSecret));

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        Repo.Dispose();
    }
}
