using System.Text;

namespace Reconciler.Core.Templates;

/// <summary>
/// Counts SMS segments as a network does: GSM 03.38 7-bit when every character is in the basic
/// set or the extension set (extension characters take an escape and so count twice), UCS-2
/// otherwise. A single message holds 160 septets / 70 units; concatenated parts hold 153 / 67
/// because of the user data header, and an escape pair or surrogate pair is never split across parts.
/// </summary>
public static class SmsSegmentCounter
{
    /// <summary>Single-message capacity in GSM-7 septets.</summary>
    public const int Gsm7Single = 160;

    /// <summary>Per-part capacity of a concatenated GSM-7 message.</summary>
    public const int Gsm7Part = 153;

    /// <summary>Single-message capacity in UCS-2 units.</summary>
    public const int Ucs2Single = 70;

    /// <summary>Per-part capacity of a concatenated UCS-2 message.</summary>
    public const int Ucs2Part = 67;

    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "\f^{}\\[~]|€";

    /// <summary>Measures <paramref name="text"/>.</summary>
    public static SmsMeasure Measure(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sizes = new List<int>(text.Length);
        string? nonGsm = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.IsBmp ? (char)rune.Value : '\0';
            if (rune.IsBmp && Basic.Contains(c, StringComparison.Ordinal))
            {
                sizes.Add(1);
            }
            else if (rune.IsBmp && Extension.Contains(c, StringComparison.Ordinal))
            {
                sizes.Add(2);
            }
            else
            {
                nonGsm = rune.ToString();
                break;
            }
        }

        if (nonGsm is null)
        {
            return new SmsMeasure(SmsEncoding.Gsm7, sizes.Sum(), Pack(sizes, Gsm7Single, Gsm7Part), null);
        }

        var units = text.EnumerateRunes().Select(r => r.Utf16SequenceLength).ToList();
        return new SmsMeasure(SmsEncoding.Ucs2, units.Sum(), Pack(units, Ucs2Single, Ucs2Part), nonGsm);
    }

    /// <summary>Parts needed for characters of the given sizes, never splitting one character.</summary>
    private static int Pack(List<int> sizes, int single, int part)
    {
        var total = sizes.Sum();
        if (total == 0)
        {
            return 0;
        }

        if (total <= single)
        {
            return 1;
        }

        var parts = 1;
        var used = 0;
        foreach (var size in sizes)
        {
            if (used + size > part)
            {
                parts++;
                used = 0;
            }

            used += size;
        }

        return parts;
    }

    /// <summary>A short description for messages: "GSM-7, 172 septets" or "UCS-2 (because of 'é'), 80 units".</summary>
    public static string Describe(SmsMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return measure.Encoding == SmsEncoding.Gsm7
            ? $"GSM-7, {measure.Units} septets"
            : new StringBuilder("UCS-2 (because of '").Append(measure.FirstNonGsmCharacter).Append("'), ").Append(measure.Units).Append(" UTF-16 units").ToString();
    }
}
