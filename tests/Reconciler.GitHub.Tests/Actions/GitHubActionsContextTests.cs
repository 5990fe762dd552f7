using Reconciler.GitHub.Actions;

namespace Reconciler.GitHub.Tests.Actions;

public sealed class GitHubActionsContextTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("false")]
    public void FromEnvironment_NotInActions_IsNull(string? value)
    {
        Assert.Null(GitHubActionsContext.FromEnvironment(name => name == "GITHUB_ACTIONS" ? value : "x"));
    }

    [Fact]
    public void FromEnvironment_Minimal_UsesGitHubComDefaults()
    {
        var context = GitHubActionsContext.FromEnvironment(name => name == "GITHUB_ACTIONS" ? "true" : null)!;

        Assert.Equal(new Uri("https://api.github.com"), context.ApiUrl);
        Assert.Equal("https://github.com", context.ServerUrl);
        Assert.Null(context.RunUrl);
        Assert.False(context.IsPullRequestEvent);
    }

    [Fact]
    public void FromEnvironment_Full_BuildsTheRunUrl()
    {
        var variables = new Dictionary<string, string>
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_REPOSITORY"] = "acme/content",
            ["GITHUB_SERVER_URL"] = "https://ghe.example/",
            ["GITHUB_RUN_ID"] = "99",
            ["GITHUB_EVENT_NAME"] = "pull_request_target",
        };

        var context = GitHubActionsContext.FromEnvironment(variables.GetValueOrDefault)!;

        Assert.Equal("https://ghe.example/acme/content/actions/runs/99", context.RunUrl);
        Assert.True(context.IsPullRequestEvent);
    }

    [Fact]
    public void ToString_WithToken_NeverShowsIt()
    {
        var context = GitHubActionsContext.FromEnvironment(name => name switch
        {
            "GITHUB_ACTIONS" => "true",
            "GITHUB_TOKEN" => "ghs_SECRET",
            _ => null,
        })!;

        Assert.DoesNotContain("ghs_SECRET", context.ToString(), StringComparison.Ordinal);
    }
}
