namespace Reconciler.Cxone.Templates;

/// <summary>
/// Decides whether a live template version holds the same content as a payload. Compared are the
/// canonical parts — channels and variables as sets, content blocks in order — not metadata,
/// which differs between any two submissions (timestamps).
/// </summary>
public static class TemplateContent
{
    public static bool Matches(TemplatePayload desired, TemplateVersion live) =>
        SameSet(desired.Channels, live.Channels)
        && SameSet(desired.Variables, live.Variables)
        && desired.ContentBlocks.SequenceEqual(live.ContentBlocks);

    private static bool SameSet(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Order(StringComparer.Ordinal).Distinct(StringComparer.Ordinal)
            .SequenceEqual(b.Order(StringComparer.Ordinal).Distinct(StringComparer.Ordinal), StringComparer.Ordinal);
}
