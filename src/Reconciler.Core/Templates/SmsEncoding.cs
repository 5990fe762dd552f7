namespace Reconciler.Core.Templates;

/// <summary>How an SMS is encoded on the air.</summary>
public enum SmsEncoding
{
    /// <summary>GSM 03.38 7-bit default alphabet: 160 septets, 153 per part when concatenated.</summary>
    Gsm7,

    /// <summary>UCS-2 (UTF-16 code units): 70 units, 67 per part when concatenated.</summary>
    Ucs2,
}
