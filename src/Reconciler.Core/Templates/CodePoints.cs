namespace Reconciler.Core.Templates;

/// <summary>Counting Unicode code points, the unit CXone's length limits use.</summary>
internal static class CodePoints
{
    /// <summary>
    /// The number of code points in <paramref name="text"/> (a lone surrogate counts as one, as
    /// <see cref="string.EnumerateRunes"/> counts it). A plain loop: LINQ's Count over the rune
    /// enumerator boxed it, and that showed in profiles of large repositories.
    /// </summary>
    public static int Count(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }
}
