namespace Reconciler.Core.Validation;

/// <summary>Case-insensitive Levenshtein distance, for "did you mean …?" hints.</summary>
internal static class EditDistance
{
    /// <summary>The closest candidate within <paramref name="maxDistance"/> edits, or null.</summary>
    public static string? Nearest(string value, IEnumerable<string> candidates, int maxDistance = 2) =>
        candidates.Select(c => (Candidate: c, Distance: Between(c, value)))
            .Where(p => p.Distance <= maxDistance && p.Candidate != value)
            .OrderBy(p => p.Distance)
            .ThenBy(p => p.Candidate, StringComparer.Ordinal)
            .Select(p => p.Candidate)
            .FirstOrDefault();

    public static int Between(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
