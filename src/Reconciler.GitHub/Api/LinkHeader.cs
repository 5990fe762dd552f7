using System.Text.RegularExpressions;

namespace Reconciler.GitHub.Api;

/// <summary>Reads GitHub's pagination header: <c>Link: &lt;https://…&amp;page=2&gt;; rel="next", &lt;…&gt;; rel="last"</c>.</summary>
internal static partial class LinkHeader
{
    /// <summary>The <c>rel="next"</c> address, or null on the last page.</summary>
    public static Uri? Next(IEnumerable<string>? values)
    {
        foreach (var value in values ?? [])
        {
            foreach (Match match in LinkPattern().Matches(value))
            {
                var rels = match.Groups["rel"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (rels.Contains("next", StringComparer.OrdinalIgnoreCase)
                    && Uri.TryCreate(match.Groups["url"].Value, UriKind.Absolute, out var url))
                {
                    return url;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"<(?<url>[^>]*)>\s*;\s*rel=""(?<rel>[^""]*)""")]
    private static partial Regex LinkPattern();
}
