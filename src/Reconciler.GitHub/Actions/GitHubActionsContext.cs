namespace Reconciler.GitHub.Actions;

/// <summary>
/// What the GitHub Actions runner tells a step through its environment. A class, not a record, so
/// that no generated <c>ToString</c> can ever print the token.
/// </summary>
internal sealed class GitHubActionsContext
{
    private GitHubActionsContext()
    {
    }

    /// <summary><c>owner/name</c> (GITHUB_REPOSITORY).</summary>
    public string? Repository { get; private init; }

    /// <summary>The REST API root (GITHUB_API_URL); defaults to https://api.github.com.</summary>
    public required Uri ApiUrl { get; init; }

    /// <summary>The web root (GITHUB_SERVER_URL); defaults to https://github.com.</summary>
    public required string ServerUrl { get; init; }

    /// <summary>pull_request, push, workflow_dispatch … (GITHUB_EVENT_NAME).</summary>
    public string? EventName { get; private init; }

    /// <summary>The event payload file (GITHUB_EVENT_PATH).</summary>
    public string? EventPath { get; private init; }

    /// <summary>The commit the workflow runs on (GITHUB_SHA); for pull requests a merge commit, not the head.</summary>
    public string? Sha { get; private init; }

    /// <summary>The workflow token (GITHUB_TOKEN); never printed.</summary>
    public string? Token { get; private init; }

    /// <summary>The job summary file of this step (GITHUB_STEP_SUMMARY).</summary>
    public string? StepSummaryPath { get; private init; }

    /// <summary>Where the repository is checked out (GITHUB_WORKSPACE).</summary>
    public string? Workspace { get; private init; }

    /// <summary>The run's page, whose job summary holds the full report; null when unknown.</summary>
    public string? RunUrl { get; private init; }

    /// <summary>True for pull_request and pull_request_target events.</summary>
    public bool IsPullRequestEvent => EventName is "pull_request" or "pull_request_target";

    /// <summary>True for push events.</summary>
    public bool IsPushEvent => EventName == "push";

    /// <summary>Reads the context; null unless GITHUB_ACTIONS is "true".</summary>
    public static GitHubActionsContext? FromEnvironment(Func<string, string?> environment)
    {
        string? Get(string name) => environment(name) is { Length: > 0 } value ? value.Trim() : null;

        if (!string.Equals(Get("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var apiUrl = Uri.TryCreate(Get("GITHUB_API_URL"), UriKind.Absolute, out var api) && api.Scheme is "https" or "http"
            ? api
            : new Uri("https://api.github.com");
        var serverUrl = (Get("GITHUB_SERVER_URL") ?? "https://github.com").TrimEnd('/');
        var repository = Get("GITHUB_REPOSITORY");
        var runId = Get("GITHUB_RUN_ID");
        return new GitHubActionsContext
        {
            Repository = repository,
            ApiUrl = apiUrl,
            ServerUrl = serverUrl,
            EventName = Get("GITHUB_EVENT_NAME"),
            EventPath = Get("GITHUB_EVENT_PATH"),
            Sha = Get("GITHUB_SHA"),
            Token = Get("GITHUB_TOKEN"),
            StepSummaryPath = Get("GITHUB_STEP_SUMMARY"),
            Workspace = Get("GITHUB_WORKSPACE"),
            RunUrl = repository is not null && runId is not null && runId.All(char.IsAsciiDigit)
                ? $"{serverUrl}/{repository}/actions/runs/{runId}"
                : null,
        };
    }
}
