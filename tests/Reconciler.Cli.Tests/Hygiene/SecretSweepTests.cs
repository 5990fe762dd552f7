using System.Globalization;
using Xunit.Abstractions;

namespace Reconciler.Cli.Tests.Hygiene;

/// <summary>
/// Issue 9, secret hygiene: every command, run with known secrets in the environment (inside and
/// outside GitHub Actions, with the audit log and two webhooks on), leaves no secret, no Base64
/// or URL-encoded form of one, and no access token the emulator issued in anything it wrote,
/// printed or sent — except the GitHub token in the Authorization header GitHub needs it in.
/// </summary>
public sealed class SecretSweepTests(ITestOutputHelper log)
{
    [Fact]
    public async Task EveryCommand_KnownSecretsInEnvironment_NoSecretOrTokenAnywhere()
    {
        await using var world = await HygieneWorld.StartAsync();
        var plain = world.Environment();
        var pullRequest = world.GitHubEnvironment();
        var push = world.GitHubEnvironment(push: true);
        var outFolder = Path.Combine(world.Folder, "out");

        var exits = new List<(string Run, int Expected, CliResult Result)>();
        async Task Run(int expected, IReadOnlyDictionary<string, string> environment, params string[] args) =>
            exits.Add((string.Join(' ', args), expected, await world.RunAsync(environment, args)));

        await Run(0, plain, "validate");
        await Run(0, plain, "validate", "--output", "json");
        await Run(0, plain, "validate", "--output", "sarif", "--audit-log", Path.Combine(outFolder, "validate-audit.jsonl"));
        await Run(0, plain, "plan");
        await Run(0, plain, "plan", "--output", "json");
        await Run(0, plain, "plan", "--output", "markdown", "--audit-log", Path.Combine(outFolder, "plan-audit.jsonl"));
        await Run(0, pullRequest, "plan");
        await Run(0, pullRequest, "plan", "--output", "markdown");
        await Run(0, push, "apply", "--output", "json");
        await Run(0, push, "apply");
        await Run(0, plain, "drift");
        await Run(0, plain, "drift", "--output", "json");
        await Run(0, plain, "drift", "--output", "markdown");
        await Run(0, plain, "export", "--out", Path.Combine(outFolder, "export"));
        await Run(0, plain, "preview", "themes/enterprise-dark.yaml", "--out", Path.Combine(outFolder, "preview.html"));
        await Run(0, plain, "perf", "w-100234", "--from", "2026-10-01", "--to", "2026-10-31");
        await Run(0, plain, "perf", "w-100234", "--from", "2026-10-01", "--to", "2026-10-31", "--output", "json");

        Assert.All(exits, e => Assert.True(e.Expected == e.Result.ExitCode, $"`{e.Run}` exited {e.Result.ExitCode}: {e.Result.Error}"));
        // The runs did what makes a leak possible: signed webhooks went out, GitHub was written to, tokens were issued.
        Assert.NotEmpty(world.Receiver.Received);
        Assert.Single(world.GitHub.CommentBodies(HygieneWorld.PullRequestNumber));
        Assert.Single(world.GitHub.CommentBodies(world.GitHub.MergedPullRequest));
        Assert.True(File.Exists(world.SummaryPath));
        Assert.True(File.Exists(Path.Combine(world.Repo.Root, ".reconciler", "audit.jsonl")));
        Assert.NotEmpty(world.Emulator.Statistics.IssuedTokens);

        var findings = world.Scan();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{world.Runs} runs; {world.Scanner.ArtifactCount} artifacts ({world.Scanner.ByteCount} bytes) searched for {world.Secrets.Needles().Count} needles (each secret and each of the {world.Emulator.Statistics.IssuedTokens.Count} issued access tokens as is, Base64, URL- and JSON-escaped); {world.Receiver.Received.Count} webhook and {world.GitHub.Requests.Count} GitHub requests; {findings.Count} findings"));

        Assert.True(findings.Count == 0, string.Join('\n', findings));
        Assert.True(world.Scanner.ArtifactCount > 40, world.Scanner.ArtifactCount.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Scan_SecretPlantedInAFile_IsFoundAndNamedWithoutItsValue()
    {
        await using var world = await HygieneWorld.StartAsync();
        var basic = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(KnownSecrets.ClientId + ":" + KnownSecrets.ClientSecret));
        File.WriteAllText(Path.Combine(world.Folder, "leaky.log"), "line one\nAuthorization: Basic " + basic + "\n");
        world.Secrets.Add("a made-up access token", "tok_abcdefgh12345678");
        world.Scanner.AddText("stdout of a made-up run", "token is tok_abcdefgh12345678");

        var findings = world.Scan();

        Assert.Contains("CXONE client id:secret (Basic) in temp/leaky.log at line 2", findings);
        Assert.Contains("a made-up access token in stdout of a made-up run at line 1", findings);
        Assert.All(findings, f => Assert.DoesNotContain(KnownSecrets.ClientSecret, f, StringComparison.Ordinal));
        Assert.All(findings, f => Assert.DoesNotContain(basic.TrimEnd('='), f, StringComparison.Ordinal));
    }
}
