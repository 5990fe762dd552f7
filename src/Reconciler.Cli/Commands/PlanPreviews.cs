using System.Security.Cryptography;
using Microsoft.Playwright;
using Reconciler.Core.Content;
using Reconciler.Engine.Planning;
using Reconciler.Preview.Browser;
using Reconciler.Preview.Rendering;

namespace Reconciler.Cli.Commands;

/// <summary>
/// <c>plan --preview-dir DIR</c>: a PNG of every theme the plan creates or updates, rendered from the
/// planned content (so <c>--ref</c> previews the commit, not the working tree), for the PR report to
/// link as workflow artifacts.
/// </summary>
internal static class PlanPreviews
{
    /// <summary>Writes <c>DIR/&lt;theme key&gt;.png</c> for each changed theme; false (after one error line) when the browser is unusable.</summary>
    public static async Task<bool> WriteAsync(CliEnvironment environment, Plan plan, ContentSet content, string directory, TextWriter paths)
    {
        var changed = plan.Changes
            .Where(c => c.Kind == ChangeKind.Theme && c.Action is ChangeAction.Create or ChangeAction.Update)
            .Select(c => c.Id)
            .ToHashSet(StringComparer.Ordinal);
        var themes = content.Themes.Where(t => changed.Contains(t.Key)).ToList();
        if (themes.Count == 0)
        {
            paths.WriteLine("Previews: no theme changes to preview.");
            return true;
        }

        var folder = environment.ResolvePath(directory);
        Directory.CreateDirectory(folder);
        try
        {
            await using var browser = await PreviewBrowser.LaunchAsync();
            foreach (var theme in themes)
            {
                var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
                var html = PreviewPage.Render(PreviewModel.From(theme), nonce, withReloadScript: false);
                var png = Path.Combine(folder, theme.Key + ".png");
                var check = await browser.CheckHtmlAsync(html, png);
                var axe = check.ContrastClean
                    ? "axe: no contrast violations"
                    : $"axe: {check.ContrastViolations.Count} contrast violation(s), {check.ContrastNeedsReview.Count} to review";
                paths.WriteLine($"Preview: {Path.Combine(directory, theme.Key + ".png").Replace('\\', '/')} ({theme.Name} {theme.VersionTag}; {axe})");
            }

            return true;
        }
        catch (ChromiumNotFoundException e)
        {
            environment.Error.WriteLine("error: --preview-dir: " + e.Message);
            return false;
        }
        catch (PlaywrightException e)
        {
            environment.Error.WriteLine($"error: --preview-dir: headless Chromium failed: {e.Message.Split('\n', 2)[0].Trim()}");
            return false;
        }
    }
}
