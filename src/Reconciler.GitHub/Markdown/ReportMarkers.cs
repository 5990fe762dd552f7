namespace Reconciler.GitHub.Markdown;

/// <summary>The hidden HTML comments that open our reports, so the next run finds and edits its own comment.</summary>
public static class ReportMarkers
{
    /// <summary>What every marker starts with after <c>&lt;!-- </c>; neutralized wherever user text contains it.</summary>
    internal const string Prefix = "cxone-reconciler:";

    /// <summary>Opens the plan report (one per pull request, edited in place on every push).</summary>
    public const string Plan = "<!-- cxone-reconciler:report -->";

    /// <summary>Opens the apply outcome posted on the merged pull request.</summary>
    public const string Apply = "<!-- cxone-reconciler:apply -->";
}
