using System.Diagnostics;
using Reconciler.Core.Content;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Tests.Hostile.Corpus;
using Reconciler.Core.Tests.Support;
using Reconciler.Core.Validation;

namespace Reconciler.Core.Tests.Hostile;

/// <summary>
/// Issue 9's path tricks, as real files in a temp folder read through <see cref="WorkingTreeSource"/>:
/// every name either loads, or is left out by a documented rule with a located REP diagnostic —
/// never a crash, a hang, or a read outside the repository. (The same names through git are in
/// the CLI tests' Hostile folder.) Unix only: Windows allows none of these names, pipes or modes.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostilePathTests : IDisposable
{
    private const string Secret = "OUTSIDE-SECRET-7f3a";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("reconciler-paths-");
    private readonly DirectoryInfo _outside = Directory.CreateTempSubdirectory("reconciler-outside-");

    public HostilePathTests()
    {
        // A valid theme, so that widgets in these tests have something to name.
        Write("themes/dark.yaml", Samples.Theme);
        File.WriteAllText(Path.Combine(_outside.FullName, "secret.yaml"), $"templateId: {Secret}\n");
    }

    public void Dispose()
    {
        foreach (var folder in new[] { _root, _outside })
        {
            MakeAccessible(folder.FullName);
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("templates/my template.yaml")]
    [InlineData("templates/\u202Etmpl_order.yaml")]
    [InlineData("templates/tmpl\u200Border.yaml")]
    [InlineData("templates/-rf.yaml")]
    [InlineData("templates/--help.yaml")]
    [InlineData("templates/...yaml")]
    [InlineData("templates/..yaml")]
    [InlineData("templates/.hidden.yaml")]
    [InlineData("templates/tmpl_order.yml")]
    [InlineData("templates/TMPL_ORDER.YAML")]
    [InlineData("templates/dir.yaml/tmpl_order.yaml")]
    [InlineData("templates/日本語/ταυτότητα.yaml")]
    public void LoadAndValidate_UnusualButLegalTemplateName_LoadsTheTemplate(string path)
    {
        Write(path, Samples.Template);

        var report = Validate();

        var template = Assert.Single(report.Content.Templates);
        Assert.Equal(path, template.Path);
        Assert.DoesNotContain(report.Diagnostics, d => d.IsError);
    }

    [Theory]
    [InlineData(250, 'a')]
    [InlineData(125, 'é')]
    public void LoadAndValidate_NameOf255Bytes_Loads(int count, char letter)
    {
        var path = "themes/" + new string(letter, count) + ".yaml";
        Write(path, Samples.Theme);

        var report = Validate();

        Assert.Contains(report.Content.Themes, t => t.Path == path);
        Assert.DoesNotContain(report.Diagnostics, d => d.IsError);
    }

    [Theory]
    [InlineData("templates/tmpl_order.yaml.bak")]
    [InlineData("templates/tmpl_order")]
    [InlineData("themes/dark.json")]
    [InlineData("themes/sub/dark.yaml")]
    [InlineData("widgets/a/b/w-1.yaml")]
    [InlineData("themes/dir.yaml/inner.yaml")]
    [InlineData("templates/new\nline.yaml")]
    [InlineData("templates/bell\u0007.yaml")]
    [InlineData("themes/esc\u001b[31m.yaml")]
    [InlineData("widgets/tab\t.yaml")]
    public void LoadAndValidate_NameThatIsNotContent_WarnsAtTheFileAndDoesNotLoadIt(string path)
    {
        Write(path, Samples.Template);

        var report = Validate();

        var d = Assert.Single(report.Diagnostics);
        Assert.Equal((path, 1, 1, Severity.Warning, DiagnosticCodes.IgnoredFile), (d.File, d.Line, d.Column, d.Severity, d.Code));
        Assert.Empty(report.Content.Templates);
        Assert.DoesNotContain(d.Message, c => char.IsControl(c));
    }

    [Theory]
    [InlineData("Templates/tmpl_order.yaml")]
    [InlineData("template/tmpl_order.yaml")]
    [InlineData("other.yaml")]
    [InlineData("Reconciler.yaml")]
    [InlineData("templates/.gitkeep")]
    [InlineData("themes/dir.yaml/.gitkeep")]
    public void LoadAndValidate_FileOutsideTheContentFolders_IsNotRead(string path)
    {
        Write(path, "templateId: [broken\n");

        var report = Validate();

        Assert.Empty(report.Diagnostics);
        Assert.Empty(report.Content.Templates);
    }

    [Fact]
    public void LoadAndValidate_BothSettingsSpellings_ErrorAtTheSecond()
    {
        Write("reconciler.yaml", "apply: { concurrency: 2 }\n");
        Write("reconciler.yml", "apply: { concurrency: 3 }\n");

        var d = Assert.Single(Validate().Diagnostics);

        Assert.Equal(("reconciler.yml", DiagnosticCodes.DuplicateSettings), (d.File, d.Code));
    }

    [Fact]
    public void LoadAndValidate_BackslashInALinuxFileName_IsPartOfTheNameNotAFolder()
    {
        Write("themes/a\\b.yaml", Samples.Theme);

        var report = Validate(checkInvariants: false);

        Assert.Contains(report.Content.Themes, t => t.Path == "themes/a\\b.yaml");
        Assert.Contains("a\\b", report.Content.ThemeKeys);
        Assert.DoesNotContain(report.Diagnostics, d => d.IsError);
    }

    [Theory]
    [InlineData("templates/evil.yaml", "secret.yaml")]
    [InlineData("reconciler.yaml", "secret.yaml")]
    [InlineData("templates/linked", "")]
    [InlineData("templates", "")]
    [InlineData("widgets", "")]
    [InlineData("themes/gone.yaml", "no-such-file.yaml")]
    public void LoadAndValidate_SymbolicLink_IsNeverFollowedAndSaysSo(string link, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_root.FullName, link))!);
        var to = Path.Combine(_outside.FullName, target);
        if (target.Length == 0)
        {
            Directory.CreateSymbolicLink(Path.Combine(_root.FullName, link), _outside.FullName);
        }
        else
        {
            File.CreateSymbolicLink(Path.Combine(_root.FullName, link), to);
        }

        var report = Validate();

        var d = Assert.Single(report.Diagnostics);
        Assert.Equal((link, 1, 1, Severity.Warning, DiagnosticCodes.IgnoredFile), (d.File, d.Line, d.Column, d.Severity, d.Code));
        Assert.Contains("symbolic link", d.Message, StringComparison.Ordinal);
        Assert.Empty(report.Content.Templates);
        Assert.DoesNotContain(report.Content.Files, f => f.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadAndValidate_LinkLoopInsideTemplates_EndsWithOneWarning()
    {
        Directory.CreateDirectory(Path.Combine(_root.FullName, "templates"));
        Directory.CreateSymbolicLink(Path.Combine(_root.FullName, "templates", "loop"), Path.Combine(_root.FullName, "templates"));

        var d = Assert.Single(Validate().Diagnostics);

        Assert.Equal(("templates/loop", DiagnosticCodes.IgnoredFile), (d.File, d.Code));
    }

    [Fact]
    public void LoadAndValidate_NamedPipe_IsNeverOpenedSoNothingHangs()
    {
        var pipe = Path.Combine(_root.FullName, "templates", "pipe.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(pipe)!);
        RunTool("mkfifo", pipe);

        var d = Assert.Single(Validate().Diagnostics);

        Assert.Equal(("templates/pipe.yaml", 1, 1, DiagnosticCodes.NotAMapping), (d.File, d.Line, d.Column, d.Code));
    }

    [Fact]
    public void LoadAndValidate_CharacterDeviceLikeDevZero_IsReadAsEmptyNotForever()
    {
        var device = Path.Combine(_root.FullName, "themes", "zero.yaml");
        if (!RunTool("mknod", device, "c", "1", "5"))
        {
            return; // creating devices needs root (CAP_MKNOD); the named-pipe test covers the same rule
        }

        var d = Assert.Single(Validate().Diagnostics);

        Assert.Equal(("themes/zero.yaml", DiagnosticCodes.NotAMapping), (d.File, d.Code));
    }

    [Fact]
    public void LoadAndValidate_FileWithoutPermissions_IsReportedUnreadableUnlessRootCanStillReadIt()
    {
        var path = Write("templates/tmpl_order.yaml", Samples.Template);
        File.SetUnixFileMode(path, UnixFileMode.None);
        var readable = CanRead(path); // root ignores permission bits

        var report = Validate();

        if (readable)
        {
            Assert.Single(report.Content.Templates);
            Assert.DoesNotContain(report.Diagnostics, d => d.IsError);
        }
        else
        {
            var d = Assert.Single(report.Diagnostics);
            Assert.Equal(("templates/tmpl_order.yaml", 1, 1, DiagnosticCodes.UnreadableFile), (d.File, d.Line, d.Column, d.Code));
        }
    }

    [Fact]
    public void LoadAndValidate_FolderWithoutPermissions_IsReportedUnreadableUnlessRootCanStillReadIt()
    {
        Write("templates/team/tmpl_order.yaml", Samples.Template);
        var folder = Path.Combine(_root.FullName, "templates", "team");
        File.SetUnixFileMode(folder, UnixFileMode.None);
        var readable = CanList(folder);

        var report = Validate();

        if (readable)
        {
            Assert.Single(report.Content.Templates);
        }
        else
        {
            var d = Assert.Single(report.Diagnostics);
            Assert.Equal(("templates/team", DiagnosticCodes.UnreadableFile), (d.File, d.Code));
        }
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private ValidationReport Validate(bool checkInvariants = true)
    {
        var report = BoundedValidation.Run(new WorkingTreeSource(_root.FullName));
        if (checkInvariants)
        {
            var problems = DiagnosticInvariants.Check(report.Diagnostics, report.Content.Files.ToHashSet(StringComparer.Ordinal), report.IsValid);
            Assert.True(problems.Count == 0, string.Join('\n', problems));
        }

        Assert.DoesNotContain(report.Diagnostics, d => d.Message.Contains(Secret, StringComparison.Ordinal));
        return report;
    }

    private static bool CanRead(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool CanList(string folder)
    {
        try
        {
            _ = Directory.GetFileSystemEntries(folder);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool RunTool(string tool, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardError = true })!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    private static void MakeAccessible(string folder)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint }))
        {
            if (!File.ResolveLinkTarget(entry, false)?.Exists ?? true)
            {
                File.SetUnixFileMode(entry, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }
}
