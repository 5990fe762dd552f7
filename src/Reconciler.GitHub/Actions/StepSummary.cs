using System.Text;

namespace Reconciler.GitHub.Actions;

/// <summary>The job summary file of a step (GITHUB_STEP_SUMMARY), which GitHub accepts up to 1 MiB.</summary>
internal sealed class StepSummary(string path)
{
    /// <summary>GitHub's limit for one step's summary.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>Bytes still free, after what earlier writers in this step appended.</summary>
    public int RemainingBytes()
    {
        var used = File.Exists(path) ? new FileInfo(path).Length : 0;
        return (int)Math.Max(0, MaxBytes - used - 2);
    }

    /// <summary>Appends a report, separated from what is already there.</summary>
    public async Task AppendAsync(string markdown, CancellationToken cancellationToken)
    {
        var text = markdown.EndsWith('\n') ? markdown : markdown + "\n";
        if (File.Exists(path) && new FileInfo(path).Length > 0)
        {
            text = "\n" + text;
        }

        await File.AppendAllTextAsync(path, text, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
    }
}
