namespace Reconciler.Core.Yaml;

/// <summary>
/// One string per distinct short value bound on a loader thread. Locale tags, channels, variable
/// names, block ids and types and versions repeat in nearly every template file, each file's
/// parse makes its own copies, and the model keeps them all for the whole run: in a repository
/// of 10,000 templates, 7 MB of duplicates that the collector copied between generations.
/// Per thread, so the loader's workers share nothing and take no lock.
/// </summary>
internal static class RepeatedValues
{
    /// <summary>Longest value looked up; longer ones (content) are rarely repeated word for word.</summary>
    private const int MaxLength = 64;

    /// <summary>Values kept at most per thread, so a repository of unique values cannot grow it without bound.</summary>
    private const int MaxEntries = 8192;

    [ThreadStatic]
    private static Dictionary<string, string>? t_values;

    /// <summary><paramref name="value"/>, or an equal string this thread has already shared.</summary>
    public static string Share(string value)
    {
        if (value.Length > MaxLength)
        {
            return value;
        }

        var values = t_values ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (values.TryGetValue(value, out var shared))
        {
            return shared;
        }

        if (values.Count < MaxEntries)
        {
            values[value] = value;
        }

        return value;
    }
}
