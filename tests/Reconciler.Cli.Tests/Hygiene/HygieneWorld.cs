using System.Text.Json;
using Cxone.Emulator;
using Reconciler.TestSupport;

namespace Reconciler.Cli.Tests.Hygiene;

/// <summary>
/// One hygiene test's world: the example content (with two webhooks) in a real git repository, an
/// emulator whose only full client has the known secret, a webhook receiver, a fake GitHub, and a
/// temp folder for event payloads, the job summary and every file a command is asked to write.
/// <see cref="ScanAsync"/> collects everything the runs left behind and searches it for secrets.
/// </summary>
internal sealed class HygieneWorld : IAsyncDisposable
{
    /// <summary>A client the emulator knows, with the known secret but only read scopes (403 on writes).</summary>
    public const string ReadOnlyClientId = "hygiene-readonly";

    public const string HeadSha = "feedfacefeedfacefeedfacefeedfacefeedface";
    public const string MergeSha = "abcdefabcdefabcdefabcdefabcdefabcdefabcd";
    public const int PullRequestNumber = 42;

    private const string Webhooks = """

        webhooks:
          - name: ops-chat
            urlEnv: OPS_WEBHOOK_URL
            secretEnv: OPS_WEBHOOK_SECRET
            events: [applied, failed, drift]
          - name: basic-sink
            urlEnv: SINK_WEBHOOK_URL
            secretEnv: SINK_WEBHOOK_SECRET
            events: [applied, failed]
        """;

    private HygieneWorld(TempGitRepository repo, string folder, EmulatorServer emulator, WebhookReceiver receiver, FakeGitHub gitHub)
    {
        Repo = repo;
        Folder = folder;
        Emulator = emulator;
        Receiver = receiver;
        GitHub = gitHub;
    }

    public TempGitRepository Repo { get; }

    /// <summary>Everything outside the repository a run reads or writes: events, summary, exports, pages.</summary>
    public string Folder { get; }

    public EmulatorServer Emulator { get; }

    public WebhookReceiver Receiver { get; }

    public FakeGitHub GitHub { get; }

    public KnownSecrets Secrets { get; } = new();

    public LeakScanner Scanner { get; } = new();

    public int Runs { get; private set; }

    public string SummaryPath => Path.Combine(Folder, "step-summary.md");

    public static async Task<HygieneWorld> StartAsync(double faultRate = 0, double jobFailureRate = 0, IReadOnlyDictionary<string, string>? extraFiles = null)
    {
        var repo = new TempGitRepository();
        repo.CopyFrom(RepositoryFiles.ContentExample);
        var settings = repo.Read("reconciler.yaml");
        var cut = settings.IndexOf("webhooks:", StringComparison.Ordinal);
        var audit = settings.IndexOf("auditLog:", StringComparison.Ordinal);
        repo.Write("reconciler.yaml", settings[..cut].TrimEnd() + Webhooks + "\n" + settings[audit..]);
        foreach (var (path, text) in extraFiles ?? new Dictionary<string, string>())
        {
            repo.Write(path, text);
        }

        repo.Commit("content");
        var folder = Directory.CreateTempSubdirectory("hygiene-").FullName;
        var emulator = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            Clients =
            [
                new EmulatorClient(KnownSecrets.ClientId, KnownSecrets.ClientSecret, EmulatorScopes.All),
                new EmulatorClient(ReadOnlyClientId, KnownSecrets.ClientSecret, [.. EmulatorScopes.All.Where(s => s.EndsWith("read", StringComparison.Ordinal))]),
            ],
            JobLatency = TimeSpan.FromMilliseconds(20),
            FaultRate = faultRate,
            JobFailureRate = jobFailureRate,
            Seed = 20261121,
            RequestLog = TextWriter.Null,
        });
        var receiver = await WebhookReceiver.StartAsync();
        var gitHub = await FakeGitHub.StartAsync(KnownSecrets.GitHubToken);
        var world = new HygieneWorld(repo, folder, emulator, receiver, gitHub);
        world.WriteEvents();
        return world;
    }

    /// <summary>The CXONE_* and webhook variables of a run outside GitHub Actions.</summary>
    public Dictionary<string, string> Environment()
    {
        var hook = new UriBuilder(Receiver.Url) { Query = "token=" + KnownSecrets.WebhookUrlToken };
        var sink = new UriBuilder(Receiver.Url) { Query = "", UserName = KnownSecrets.WebhookUrlUser, Password = KnownSecrets.WebhookUrlPassword };
        return new Dictionary<string, string>
        {
            ["CXONE_BASE_URL"] = Emulator.BaseUrl.ToString(),
            ["CXONE_CLIENT_ID"] = KnownSecrets.ClientId,
            ["CXONE_CLIENT_SECRET"] = KnownSecrets.ClientSecret,
            ["OPS_WEBHOOK_URL"] = hook.Uri.ToString(),
            ["OPS_WEBHOOK_SECRET"] = KnownSecrets.WebhookSecret,
            ["SINK_WEBHOOK_URL"] = sink.Uri.ToString(),
            ["SINK_WEBHOOK_SECRET"] = KnownSecrets.SinkSecret,
            ["GITHUB_TOKEN"] = KnownSecrets.GitHubToken,
            ["GITHUB_ACTOR"] = "octocat",
        };
    }

    /// <summary>As <see cref="Environment"/>, inside GitHub Actions on a pull_request (or push) event.</summary>
    public Dictionary<string, string> GitHubEnvironment(bool push = false)
    {
        var variables = Environment();
        variables["GITHUB_ACTIONS"] = "true";
        variables["GITHUB_REPOSITORY"] = "acme/cxone-content";
        variables["GITHUB_API_URL"] = GitHub.BaseUrl.AbsoluteUri.TrimEnd('/');
        variables["GITHUB_SERVER_URL"] = "https://github.com";
        variables["GITHUB_RUN_ID"] = "4242";
        variables["GITHUB_EVENT_NAME"] = push ? "push" : "pull_request";
        variables["GITHUB_EVENT_PATH"] = Path.Combine(Folder, push ? "push.json" : "pull_request.json");
        variables["GITHUB_SHA"] = push ? MergeSha : HeadSha;
        variables["GITHUB_STEP_SUMMARY"] = SummaryPath;
        variables["GITHUB_WORKSPACE"] = Repo.Root;
        return variables;
    }

    /// <summary>Runs the CLI in the repository and keeps its streams for the scan.</summary>
    public async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var result = await CliTester.RunAsync(environment, Repo.Root, args);
        Runs++;
        Scanner.AddRun($"run {Runs} `{string.Join(' ', args)}`", result);
        return result;
    }

    /// <summary>
    /// Collects every file in the repository and the world's folder, every webhook and GitHub
    /// request (headers but Authorization, which is checked to carry exactly the GitHub token),
    /// adds the access tokens the emulator issued to the needles, and returns where any was found.
    /// </summary>
    public IReadOnlyList<string> Scan()
    {
        Scanner.AddFolder("repo", Repo.Root);
        Scanner.AddFolder("temp", Folder);
        var i = 0;
        foreach (var request in Receiver.Received)
        {
            i++;
            Scanner.AddBytes($"webhook request {i} body", request.Body);
            Scanner.AddText($"webhook request {i} headers", Headers(request.Headers, allowAuthorization: false));
        }

        i = 0;
        var findings = new List<string>();
        foreach (var request in GitHub.Requests)
        {
            i++;
            Scanner.AddText($"GitHub request {i} {request.Method} path", request.PathAndQuery);
            Scanner.AddText($"GitHub request {i} body", request.Body);
            Scanner.AddText($"GitHub request {i} headers", Headers(request.Headers, allowAuthorization: true));
            if (request.Headers.GetValueOrDefault("Authorization") != "Bearer " + KnownSecrets.GitHubToken)
            {
                findings.Add($"GitHub request {i} ({request.Method} {request.PathAndQuery}) did not carry the token as its bearer Authorization");
            }
        }

        var t = 0;
        foreach (var token in Emulator.Statistics.IssuedTokens)
        {
            Secrets.Add($"access token #{++t} issued by the emulator", token);
        }

        findings.AddRange(Scanner.Find(Secrets.Needles()));
        return findings;
    }

    public async ValueTask DisposeAsync()
    {
        await GitHub.DisposeAsync();
        await Receiver.DisposeAsync();
        await Emulator.DisposeAsync();
        Repo.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private static string Headers(IReadOnlyDictionary<string, string> headers, bool allowAuthorization) =>
        string.Join('\n', headers
            .Where(h => !(allowAuthorization && h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)))
            .Select(h => $"{h.Key}: {h.Value}"));

    private void WriteEvents()
    {
        File.WriteAllText(Path.Combine(Folder, "pull_request.json"), JsonSerializer.Serialize(new
        {
            action = "synchronize",
            number = PullRequestNumber,
            pull_request = new
            {
                number = PullRequestNumber,
                head = new { sha = HeadSha, repo = new { full_name = "acme/cxone-content", fork = false } },
                @base = new { repo = new { full_name = "acme/cxone-content", fork = false } },
            },
        }));
        File.WriteAllText(Path.Combine(Folder, "push.json"), JsonSerializer.Serialize(new { @ref = "refs/heads/main", after = MergeSha }));
    }
}
