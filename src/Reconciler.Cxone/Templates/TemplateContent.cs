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
        && SameBlocks(desired.ContentBlocks, live.ContentBlocks);

    /// <summary>Block by block, in order; indexed rather than enumerated, as it runs once per variant of a plan.</summary>
    private static bool SameBlocks(IReadOnlyList<ContentBlock> a, IReadOnlyList<ContentBlock> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Set equality, duplicates ignored. Both lists are a handful of strings for every real template,
    /// so each element is looked up in the other list; a plan compares tens of thousands of pairs and
    /// sorting copies of every list cost more than the comparison itself.
    /// </summary>
    private static bool SameSet(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count <= 16 && b.Count <= 16
            ? AllIn(a, b) && AllIn(b, a)
            : new HashSet<string>(a, StringComparer.Ordinal).SetEquals(b);

    private static bool AllIn(IReadOnlyList<string> items, IReadOnlyList<string> set)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (!Contains(set, items[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
