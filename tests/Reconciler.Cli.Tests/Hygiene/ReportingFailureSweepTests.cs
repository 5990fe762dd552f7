namespace Reconciler.Cli.Tests.Hygiene;

/// <summary>
/// Issue 9, secret hygiene when reporting fails: GitHub answering 401 and 500, a dead webhook
/// receiver whose URL carries credentials, and invalid content in a pull request. Each run fails
/// or warns as it should and leaks nothing.
/// </summary>
public sealed class ReportingFailureSweepTests
{
    [Fact]
    public async Task GitHubAnswers401Then500_ReportsWarnButLeakNothing()
    {
        await using var world = await HygieneWorld.StartAsync();

        world.GitHub.ForcedStatus = 401;
        var plan401 = await world.RunAsync(world.GitHubEnvironment(), "plan");
        world.GitHub.ForcedStatus = 500;
        var plan500 = await world.RunAsync(world.GitHubEnvironment(), "plan");
        var apply500 = await world.RunAsync(world.GitHubEnvironment(push: true), "apply");

        Assert.All(new[] { plan401, plan500, apply500 }, r => Assert.True(r.ExitCode == 0, $"exit {r.ExitCode}: {r.Error}"));
        Assert.Contains("401", plan401.Error, StringComparison.Ordinal);
        Assert.Contains("500", plan500.Error, StringComparison.Ordinal);
        Assert.True(world.GitHub.Requests.Count >= 3);
        AssertNoLeak(world);
    }

    [Fact]
    public async Task DeadWebhookReceiverWithCredentialsInUrl_ApplyWarnsWithoutTheUrl()
    {
        await using var world = await HygieneWorld.StartAsync();
        var environment = world.GitHubEnvironment(push: true);
        environment["SINK_WEBHOOK_URL"] = $"http://{KnownSecrets.WebhookUrlUser}:{KnownSecrets.WebhookUrlPassword}@127.0.0.1:9/hooks?token={KnownSecrets.WebhookUrlToken}";

        var apply = await world.RunAsync(environment, "apply", "--output", "json");

        Assert.True(apply.ExitCode == 0, apply.Error);
        Assert.Contains("basic-sink", apply.Error, StringComparison.Ordinal);
        Assert.NotEmpty(world.Receiver.Received);
        AssertNoLeak(world);
    }

    [Fact]
    public async Task InvalidContent_EveryCommandRefusesWithoutLeaking()
    {
        var broken = new Dictionary<string, string>
        {
            ["templates/tmpl_broken.yaml"] = """
                templateId: tmpl_broken
                version: v1.0
                channels: [whatsapp]
                defaultLocale: en-US
                variables: [customer.name]
                locales:
                  en-US:
                    contentBlocks:
                      - { id: body, type: text, content: "Hi {{customer.name" }
                """,
        };
        await using var world = await HygieneWorld.StartAsync(extraFiles: broken);

        var runs = new[]
        {
            await world.RunAsync(world.Environment(), "validate", "--output", "sarif"),
            await world.RunAsync(world.GitHubEnvironment(), "validate", "--audit-log", Path.Combine(world.Folder, "audit.jsonl")),
            await world.RunAsync(world.GitHubEnvironment(), "plan"),
            await world.RunAsync(world.GitHubEnvironment(push: true), "apply", "--output", "json"),
        };

        Assert.All(runs, r => Assert.True(r.ExitCode == 1, $"exit {r.ExitCode}: {r.Error}"));
        Assert.Contains("TPL001", runs[0].Output, StringComparison.Ordinal);
        Assert.Single(world.GitHub.CommentBodies(HygieneWorld.PullRequestNumber));
        AssertNoLeak(world);
    }

    private static void AssertNoLeak(HygieneWorld world)
    {
        var findings = world.Scan();
        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }
}
