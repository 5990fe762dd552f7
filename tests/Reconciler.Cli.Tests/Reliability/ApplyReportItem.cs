namespace Reconciler.Cli.Tests.Reliability;

/// <summary>One item of <c>apply --output json</c>'s <c>results</c>.</summary>
internal sealed record ApplyReportItem(string Kind, string Id, string? Locale, string Status, string? Message)
{
    /// <summary>The address the progress lines use, e.g. <c>template.tmpl_x.en-US</c>.</summary>
    public string Subject => Locale is null ? $"{Kind}.{Id}" : $"{Kind}.{Id}.{Locale}";
}
