using System.Globalization;
using System.Text.RegularExpressions;

namespace Reconciler.GitHub.Markdown;

/// <summary>Turns content-relative file locations into escaped text, linked to <c>blob/&lt;sha&gt;/&lt;file&gt;#L&lt;line&gt;</c> when possible.</summary>
internal sealed partial class SourceLinks
{
    private readonly string? _blobBase;
    private readonly string _prefix;

    public SourceLinks(MarkdownOptions options)
    {
        _prefix = NormalizePrefix(options.PathPrefix);
        // Only well-formed values become part of a URL; anything else just disables links.
        if (options.Repository is { } repository && RepositoryPattern().IsMatch(repository)
            && options.CommitSha is { } sha && ShaPattern().IsMatch(sha)
            && Uri.TryCreate(options.ServerUrl, UriKind.Absolute, out var server)
            && (server.Scheme == Uri.UriSchemeHttps || server.Scheme == Uri.UriSchemeHttp))
        {
            _blobBase = $"{server.GetLeftPart(UriPartial.Path).TrimEnd('/')}/{repository}/blob/{sha}/";
        }
    }

    /// <summary>The path relative to the git repository root.</summary>
    public string RepositoryPath(string file) => _prefix + file.Replace('\\', '/').TrimStart('/');

    /// <summary><c>file:line:column</c>, escaped, as a link to the line when links are possible.</summary>
    public string Location(string file, int? line, int? column = null)
    {
        var path = RepositoryPath(file);
        var text = line is > 0
            ? column is > 0 ? Invariant($"{path}:{line}:{column}") : Invariant($"{path}:{line}")
            : path;
        var label = MarkdownEscaper.Inline(text, 300);
        return Url(file, line) is { } url ? $"[{label}]({url})" : label;
    }

    /// <summary>An escaped label linked to the file line when links are possible.</summary>
    public string Link(string escapedLabel, string? file, int? line) =>
        file is not null && Url(file, line) is { } url ? $"[{escapedLabel}]({url})" : escapedLabel;

    private string? Url(string file, int? line)
    {
        if (_blobBase is null)
        {
            return null;
        }

        // Every segment percent-encoded: a file name cannot close the link or add a scheme.
        var encoded = string.Join('/', RepositoryPath(file).Split('/').Select(Uri.EscapeDataString));
        return line is > 0 ? Invariant($"{_blobBase}{encoded}#L{line}") : _blobBase + encoded;
    }

    internal static string NormalizePrefix(string? prefix)
    {
        var trimmed = (prefix ?? "").Replace('\\', '/').Trim('/');
        return trimmed is "" or "." ? "" : trimmed + "/";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")]
    private static partial Regex RepositoryPattern();

    [GeneratedRegex("^[0-9a-fA-F]{7,64}$")]
    private static partial Regex ShaPattern();
}
