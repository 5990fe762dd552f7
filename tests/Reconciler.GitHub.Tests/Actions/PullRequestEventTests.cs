using System.Text.Json;
using Reconciler.GitHub.Actions;

namespace Reconciler.GitHub.Tests.Actions;

public sealed class PullRequestEventTests : IDisposable
{
    private readonly string _path = Path.GetTempFileName();

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Read_SameRepositoryPullRequest_ReadsNumberAndHeadSha()
    {
        Write(new { pull_request = new { number = 12, head = new { sha = "abc", repo = new { full_name = "a/b", fork = false } }, @base = new { repo = new { full_name = "a/b" } } } });

        var pr = PullRequestEvent.Read(_path, out var problem);

        Assert.Null(problem);
        Assert.Equal(new PullRequestEvent(12, "abc", false), pr);
    }

    [Fact]
    public void Read_HeadInAnotherRepository_IsAFork()
    {
        Write(new { pull_request = new { number = 3, head = new { sha = "abc", repo = new { full_name = "stranger/b" } }, @base = new { repo = new { full_name = "a/b" } } } });

        Assert.True(PullRequestEvent.Read(_path, out _)!.IsFork);
    }

    [Fact]
    public void Read_ForkFlag_IsAFork()
    {
        Write(new { pull_request = new { number = 3, head = new { sha = "abc", repo = new { fork = true } } } });

        Assert.True(PullRequestEvent.Read(_path, out _)!.IsFork);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[]")]
    [InlineData("{\"pull_request\": {\"number\": \"twelve\"}}")]
    [InlineData("{\"ref\": \"refs/heads/main\"}")]
    public void Read_PayloadWithoutAPullRequest_IsNullWithAReason(string payload)
    {
        File.WriteAllText(_path, payload);

        Assert.Null(PullRequestEvent.Read(_path, out var problem));
        Assert.False(string.IsNullOrEmpty(problem));
    }

    [Fact]
    public void Read_MissingFile_IsNullWithAReason()
    {
        Assert.Null(PullRequestEvent.Read(_path + ".missing", out var problem));
        Assert.Contains("GITHUB_EVENT_PATH", problem, StringComparison.Ordinal);
    }

    private void Write(object payload) => File.WriteAllText(_path, JsonSerializer.Serialize(payload));
}
