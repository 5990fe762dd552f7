using System.Text.RegularExpressions;

namespace Reconciler.Cli.Tests.Reliability;

/// <summary>Counts what must never reach a user's terminal or CI log: the client secret, bearer tokens, stack traces.</summary>
internal static partial class OutputLeaks
{
    public static int Count(string text, string secret) =>
        Occurrences(text, secret) + BearerToken().Count(text) + StackFrame().Count(text);

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex(@"Bearer\s+[A-Za-z0-9._~+/=-]{8,}|access_token")]
    private static partial Regex BearerToken();

    [GeneratedRegex(@"^\s+at [\w.<>`]+\(.*\)( in .*)?$", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
