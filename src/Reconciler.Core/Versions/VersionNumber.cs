using System.Globalization;

namespace Reconciler.Core.Versions;

/// <summary>
/// A template <c>version</c> or theme <c>versionTag</c> such as <c>v2.4</c>, <c>2.10.1</c> or
/// <c>v1.2.0</c>: one to four dot-separated numbers, optionally prefixed by <c>v</c>. Ordering is
/// numeric component by component (<c>v2.10</c> &gt; <c>v2.9</c>), missing components count as
/// zero, and the prefix is ignored (<c>v2.4</c> equals <c>2.4.0</c>).
/// </summary>
public sealed class VersionNumber : IComparable<VersionNumber>, IEquatable<VersionNumber>
{
    /// <summary>Most components a version may have.</summary>
    public const int MaxComponents = 4;

    private VersionNumber(string text, bool hasPrefix, IReadOnlyList<long> components)
    {
        Text = text;
        HasPrefix = hasPrefix;
        Components = components;
    }

    /// <summary>The version as written.</summary>
    public string Text { get; }

    /// <summary>True when written with a leading <c>v</c>.</summary>
    public bool HasPrefix { get; }

    /// <summary>The numbers, most significant first.</summary>
    public IReadOnlyList<long> Components { get; }

    /// <summary>Parses <paramref name="text"/>; false for anything that is not a version.</summary>
    public static bool TryParse(string? text, out VersionNumber? version)
    {
        version = null;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var hasPrefix = text[0] is 'v' or 'V';
        var parts = text[(hasPrefix ? 1 : 0)..].Split('.');
        if (parts.Length > MaxComponents)
        {
            return false;
        }

        var components = new long[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.Length is 0 or > 9 || !AllAsciiDigits(part))
            {
                return false;
            }

            components[i] = long.Parse(part, CultureInfo.InvariantCulture);
        }

        version = new VersionNumber(text, hasPrefix, components);
        return true;
    }

    // A loop rather than ContainsAnyExceptInRange: its generic char path runs unoptimised early in a
    // run and boxed both bounds on every call, a quarter of a million boxes in a 30,000-variant plan.
    private static bool AllAsciiDigits(string part)
    {
        foreach (var c in part)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">When it is not a version.</exception>
    public static VersionNumber Parse(string text) =>
        TryParse(text, out var version) ? version! : throw new FormatException($"'{text}' is not a version such as v2.4 or 1.2.0.");

    /// <summary>The suggested next version: the last component bumped, the style kept (<c>v2.4</c> → <c>v2.5</c>).</summary>
    public VersionNumber Next()
    {
        var next = Components.ToArray();
        next[^1]++;
        var text = (HasPrefix ? Text[..1] : string.Empty) + string.Join('.', next.Select(n => n.ToString(CultureInfo.InvariantCulture)));
        return new VersionNumber(text, HasPrefix, next);
    }

    /// <inheritdoc />
    public int CompareTo(VersionNumber? other)
    {
        if (other is null)
        {
            return 1;
        }

        for (var i = 0; i < Math.Max(Components.Count, other.Components.Count); i++)
        {
            var compared = At(i).CompareTo(other.At(i));
            if (compared != 0)
            {
                return compared;
            }
        }

        return 0;
    }

    /// <inheritdoc />
    public bool Equals(VersionNumber? other) => other is not null && CompareTo(other) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is VersionNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        var significant = Components.Count;
        while (significant > 1 && Components[significant - 1] == 0)
        {
            significant--;
        }

        for (var i = 0; i < significant; i++)
        {
            hash.Add(Components[i]);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>Numeric comparison.</summary>
    public static bool operator <(VersionNumber left, VersionNumber right) => Compare(left, right) < 0;

    /// <summary>Numeric comparison.</summary>
    public static bool operator >(VersionNumber left, VersionNumber right) => Compare(left, right) > 0;

    /// <summary>Numeric comparison.</summary>
    public static bool operator <=(VersionNumber left, VersionNumber right) => Compare(left, right) <= 0;

    /// <summary>Numeric comparison.</summary>
    public static bool operator >=(VersionNumber left, VersionNumber right) => Compare(left, right) >= 0;

    /// <summary>Numeric equality.</summary>
    public static bool operator ==(VersionNumber? left, VersionNumber? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Numeric inequality.</summary>
    public static bool operator !=(VersionNumber? left, VersionNumber? right) => !(left == right);

    private static int Compare(VersionNumber? left, VersionNumber? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private long At(int i) => i < Components.Count ? Components[i] : 0;
}
