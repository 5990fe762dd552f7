using System.CommandLine;

namespace Reconciler.Cli.Commands;

/// <summary>The options plan and apply share, declared once so their help reads the same.</summary>
internal sealed class ReconcileOptions
{
    public Option<string> Repo { get; } = new("--repo")
    {
        Description = "The content repository: the folder holding templates/, themes/, widgets/ and reconciler.yaml.",
        DefaultValueFactory = _ => ".",
    };

    public Option<string?> Ref { get; } = new("--ref")
    {
        Description = "Read content from this commit, branch or tag through git instead of the working tree (no checkout).",
    };

    public Option<bool> NoGitHub { get; } = new("--no-github")
    {
        Description = "Inside GitHub Actions, do not post the PR comment, job summary or annotations.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Repo);
        command.Options.Add(Ref);
        command.Options.Add(NoGitHub);
    }
}
