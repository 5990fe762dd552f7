using System.Text.Json;
using Reconciler.Core.Content;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Tests.Hostile.Corpus;
using Reconciler.Core.Validation;
using Reconciler.Engine.Git;
using Reconciler.TestSupport;

namespace Reconciler.Cli.Tests.Hostile;

/// <summary>
/// Issue 9's path tricks through git: the same names committed to a real repository and read
/// with <c>--ref</c> (git plumbing, no checkout) load or are reported exactly as they are on disk,
/// and a symbolic link — which git stores as its target path — is never read as content nor
/// followed. Pipes, devices and permissions cannot be committed; the Core tests cover them.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileGitPathTests : IDisposable
{
    private const string Secret = "OUTSIDE-SECRET-5c1d";

    /// <summary>Each trick, and whether it loads (null) or gets REP001 at its own path.</summary>
    private static readonly (string Path, string? Code)[] Tricks =
    [
        ("templates/my template.yaml", null),
        ("templates/\u202Etmpl_rtl.yaml", null),
        ("templates/-rf.yaml", null),
        ("templates/--help.yaml", null),
        ("templates/..yaml", null),
        ("templates/" + new string('n', 250) + ".yaml", null),
        ("templates/" + new string('é', 125) + ".yaml", null),
        ("templates/tmpl_yml.yml", null),
        ("templates/TMPL_UPPER.YAML", null),
        ("templates/dir.yaml/tmpl_nested.yaml", null),
        ("templates/new\nline.yaml", DiagnosticCodes.IgnoredFile),
        ("templates/esc\u001b[31m.yaml", DiagnosticCodes.IgnoredFile),
        ("templates/tmpl_bak.yaml.bak", DiagnosticCodes.IgnoredFile),
        ("themes/sub/nested.yaml", DiagnosticCodes.IgnoredFile),
        ("widgets/dir.yaml/w-1.yaml", DiagnosticCodes.IgnoredFile),
    ];

    /// <summary>Symbolic links, and where they point.</summary>
    private static readonly (string Path, string Target)[] Links =
    [
        ("templates/passwd.yaml", "/etc/passwd"),
        ("templates/outside.yaml", "../../outside/secret.yaml"),
        ("themes/dangling.yaml", "/nonexistent/theme.yaml"),
        ("reconciler.yml", "/etc/hostname"),
    ];

    private readonly TempGitRepository _repo = new();
    private readonly string _outside;

    public HostileGitPathTests()
    {
        _repo.CopyFrom(RepositoryFiles.ContentExample);
        _outside = Path.Combine(_repo.Root, "..", "outside-" + Path.GetFileName(_repo.Root));
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_outside, "secret.yaml"), $"templateId: {Secret}\n");
        var id = 0;
        foreach (var (path, _) in Tricks)
        {
            _repo.Write(path, Template($"tmpl_trick_{id++}"));
        }

        foreach (var (path, target) in Links)
        {
            File.CreateSymbolicLink(Path.Combine(_repo.Root, path), target);
        }

        _repo.Commit("path tricks");
    }

    public void Dispose()
    {
        _repo.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    [Fact]
    public void LoadAndValidate_TricksReadThroughGit_LoadOrWarnExactlyAsOnDisk()
    {
        var onDisk = ContentValidator.LoadAndValidate(new WorkingTreeSource(_repo.Root));
        var head = _repo.Git("rev-parse", "HEAD").Trim();
        // Prove the commit is what is read: the working tree loses every trick after the commit.
        foreach (var (path, _) in Tricks.Concat(Links.Select(l => (l.Path, (string?)null))))
        {
            File.Delete(Path.Combine(_repo.Root, path));
        }

        var throughGit = ContentValidator.LoadAndValidate(ContentSourceResolver.Resolve(_repo.Root, head, null).Source);

        Assert.Equal(Describe(onDisk), Describe(throughGit));
        Assert.Empty(DiagnosticInvariants.Check(throughGit.Diagnostics, throughGit.Content.Files.ToHashSet(StringComparer.Ordinal), throughGit.IsValid));
        foreach (var (path, code) in Tricks)
        {
            if (code is null)
            {
                Assert.Contains(throughGit.Content.Templates, t => t.Path == path);
            }
            else
            {
                Assert.Contains(throughGit.Diagnostics, d => (d.File, d.Line, d.Column, d.Code) == (path, 1, 1, code));
            }
        }

        Assert.DoesNotContain(throughGit.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void LoadAndValidate_SymbolicLinksInACommit_AreReportedNeverReadNorFollowed()
    {
        var report = ContentValidator.LoadAndValidate(ContentSourceResolver.Resolve(_repo.Root, "HEAD", null).Source);

        foreach (var (path, _) in Links)
        {
            var d = Assert.Single(report.Diagnostics, d => d.File == path);
            Assert.Equal((DiagnosticCodes.IgnoredFile, Severity.Warning), (d.Code, d.Severity));
            Assert.Contains("symbolic link", d.Message, StringComparison.Ordinal);
        }

        // Neither the link text ("/etc/passwd" parsed as YAML) nor what it points to became content.
        // The linked reconciler.yml is not a second settings file beside the real reconciler.yaml.
        Assert.Equal("reconciler.yaml", report.Content.SettingsPath);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateSettings);
        Assert.DoesNotContain(report.Diagnostics, d => d.Message.Contains(Secret, StringComparison.Ordinal) || d.Message.Contains("root:", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Content.Templates, t => t.TemplateId == Secret);
    }

    [Fact]
    public void LoadAndValidate_ContentFolderCommittedAsALink_IsReportedNotFollowed()
    {
        Directory.Delete(Path.Combine(_repo.Root, "widgets"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(_repo.Root, "widgets"), _outside);
        _repo.Commit("widgets is a link");

        var report = ContentValidator.LoadAndValidate(ContentSourceResolver.Resolve(_repo.Root, "HEAD", null).Source);

        var d = Assert.Single(report.Diagnostics, d => d.File == "widgets");
        Assert.Equal(DiagnosticCodes.IgnoredFile, d.Code);
        Assert.Empty(report.Content.Widgets);
    }

    [Fact]
    public async Task Plan_RefWithPathTricks_JsonReportsThemWithoutAStackTrace()
    {
        var result = await CliTester.RunAsync(new Dictionary<string, string>(), _repo.Root, "plan", "--ref", "HEAD", "--output", "json").WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(result.ExitCode is 0 or 2, $"exit {result.ExitCode}: {result.Error}");
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Output);
        var files = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("file").GetString()).ToList();
        Assert.Contains("templates/new\nline.yaml", files);
        Assert.Contains("templates/passwd.yaml", files);
        Assert.Contains(json.RootElement.GetProperty("changes").EnumerateArray(), c => c.GetProperty("id").GetString() == "tmpl_trick_0");
    }

    private static string Template(string id) => $$"""
        templateId: {{id}}
        version: v1.0
        channels: [sms]
        defaultLocale: en-US
        variables: []
        locales:
          en-US:
            contentBlocks:
              - { id: msg_01, type: text, content: "Hello" }

        """;

    private static List<string> Describe(ValidationReport report) =>
        report.Diagnostics.Select(d => $"{d.File}:{d.Line}:{d.Column} {d.Code} {d.Message}").ToList();
}
