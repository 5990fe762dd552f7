using System.Text;

namespace Reconciler.GitHub.Actions;

/// <summary>
/// GitHub's escaping for workflow commands (<c>::error file=…::message</c>), as the runner and
/// @actions/core define it: data escapes <c>%</c>, CR and LF; properties also <c>:</c> and <c>,</c>.
/// Without it a message containing a newline could start a command of its own.
/// </summary>
internal static class WorkflowCommands
{
    public static string EscapeData(string value) => new StringBuilder(value)
        .Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    public static string EscapeProperty(string value) => new StringBuilder(value)
        .Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").Replace(":", "%3A").Replace(",", "%2C").ToString();
}
