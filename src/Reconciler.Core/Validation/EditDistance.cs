namespace Reconciler.Core.Validation;

/// <summary>Case-insensitive Levenshtein distance, for "did you mean …?" hints.</summary>
internal static class EditDistance
{
    /// <summary>The closest candidate within <paramref name="maxDistance"/> edits, or null.</summary>
    public static string? Nearest(string value, IEnumerable<string> candidates, int maxDistance = 2) =>
        // The distance is at least the difference in length: skip those without computing it.
        candidates.Where(c => Math.Abs(c.Length - value.Length) <= maxDistance && c != value)
            .Select(c => (Candidate: c, Distance: Between(c, value, maxDistance)))
            .Where(p => p.Distance <= maxDistance)
            .OrderBy(p => p.Distance)
            .ThenBy(p => p.Candidate, StringComparer.Ordinal)
            .Select(p => p.Candidate)
            .FirstOrDefault();

    public static int Between(string a, string b) => Between(a, b, int.MaxValue - 1);

    /// <summary>The distance, or <paramref name="max"/> + 1 as soon as every path through a row exceeds <paramref name="max"/>.</summary>
    private static int Between(string a, string b, int max)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (rowMinimum > max)
            {
                return max + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
