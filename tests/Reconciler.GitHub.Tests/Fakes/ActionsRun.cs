using System.Text.Json;

namespace Reconciler.GitHub.Tests.Fakes;

/// <summary>
/// The environment of one GitHub Actions step in a temporary folder: event payload, job summary
/// file, workspace, and the variables the runner sets, pointed at the fake GitHub.
/// </summary>
internal sealed class ActionsRun : IDisposable
{
    public const string Repository = "acme/cxone-content";
    public const string HeadSha = "feedfacefeedfacefeedfacefeedfacefeedface";
    public const string MergeSha = "abcdefabcdefabcdefabcdefabcdefabcdefabcd";

    private readonly Dictionary<string, string?> _variables;

    public ActionsRun(Uri apiUrl, string eventName, object eventPayload)
    {
        Folder = Directory.CreateTempSubdirectory("gh-run-").FullName;
        Workspace = Path.Combine(Folder, "workspace");
        Directory.CreateDirectory(Path.Combine(Workspace, ".git"));
        var eventPath = Path.Combine(Folder, "event.json");
        File.WriteAllText(eventPath, JsonSerializer.Serialize(eventPayload));
        SummaryPath = Path.Combine(Folder, "summary.md");
        _variables = new Dictionary<string, string?>
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_REPOSITORY"] = Repository,
            ["GITHUB_API_URL"] = apiUrl.AbsoluteUri.TrimEnd('/'),
            ["GITHUB_SERVER_URL"] = "https://github.com",
            ["GITHUB_RUN_ID"] = "4242",
            ["GITHUB_EVENT_NAME"] = eventName,
            ["GITHUB_EVENT_PATH"] = eventPath,
            ["GITHUB_SHA"] = MergeSha,
            ["GITHUB_TOKEN"] = FakeGitHubServer.Token,
            ["GITHUB_STEP_SUMMARY"] = SummaryPath,
            ["GITHUB_WORKSPACE"] = Workspace,
        };
    }

    public string Folder { get; }

    public string Workspace { get; }

    public string SummaryPath { get; }

    public string Summary => File.Exists(SummaryPath) ? File.ReadAllText(SummaryPath) : "";

    public string? this[string name]
    {
        get => _variables.GetValueOrDefault(name);
        set => _variables[name] = value;
    }

    public static ActionsRun PullRequest(Uri apiUrl, int number, bool fork = false) => new(apiUrl, "pull_request", new
    {
        action = "synchronize",
        number,
        pull_request = new
        {
            number,
            head = new { sha = HeadSha, repo = new { full_name = fork ? "stranger/cxone-content" : Repository, fork } },
            @base = new { repo = new { full_name = Repository, fork = false } },
        },
    });

    public static ActionsRun Push(Uri apiUrl) => new(apiUrl, "push", new { @ref = "refs/heads/main", after = MergeSha });

    public string? Get(string name) => _variables.GetValueOrDefault(name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
