namespace Cxone.Emulator.Templates;

/// <summary>
/// Orders version strings numerically where they hold numbers: <c>v2.10</c> after <c>v2.9</c>.
/// Digit runs compare by value (of any length), other runs ordinally; exact ties in value
/// (<c>v02</c> and <c>v2</c>) fall back to ordinal order so that distinct strings never compare equal.
/// Not <c>Reconciler.Core.Versions.VersionNumber</c>: that type accepts only <c>v1.2.3</c>-shaped
/// versions, while CXone stores any string (the theme tutorial tags <c>v1.2.0-20241001</c>), so the
/// server needs a total order over all strings; on well-formed versions the two agree.
/// </summary>
internal sealed class VersionOrder : IComparer<string>
{
    public static VersionOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var byValue = CompareNumbers(x, ref i, y, ref j);
                if (byValue != 0)
                {
                    return byValue;
                }

                continue;
            }

            if (x[i] != y[j])
            {
                return x[i].CompareTo(y[j]);
            }

            i++;
            j++;
        }

        var byLength = (x.Length - i).CompareTo(y.Length - j);
        return byLength != 0 ? byLength : string.CompareOrdinal(x, y);
    }

    private static int CompareNumbers(string x, ref int i, string y, ref int j)
    {
        var xStart = SkipZeros(x, i);
        var yStart = SkipZeros(y, j);
        var xEnd = EndOfDigits(x, i);
        var yEnd = EndOfDigits(y, j);
        i = xEnd;
        j = yEnd;
        var byLength = (xEnd - xStart).CompareTo(yEnd - yStart);
        return byLength != 0 ? byLength : string.CompareOrdinal(x, xStart, y, yStart, xEnd - xStart);
    }

    private static int SkipZeros(string s, int k)
    {
        while (k < s.Length - 1 && s[k] == '0' && char.IsAsciiDigit(s[k + 1]))
        {
            k++;
        }

        return k;
    }

    private static int EndOfDigits(string s, int k)
    {
        while (k < s.Length && char.IsAsciiDigit(s[k]))
        {
            k++;
        }

        return k;
    }
}
