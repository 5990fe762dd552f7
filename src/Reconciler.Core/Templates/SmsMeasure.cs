namespace Reconciler.Core.Templates;

/// <summary>The size of an SMS text.</summary>
/// <param name="Encoding">GSM-7 when every character is in the GSM 03.38 sets, else UCS-2.</param>
/// <param name="Units">Septets (extension characters count 2) or UTF-16 code units.</param>
/// <param name="Segments">Parts the message is sent as (0 for empty text).</param>
/// <param name="FirstNonGsmCharacter">The first character that forced UCS-2, or null.</param>
public sealed record SmsMeasure(SmsEncoding Encoding, int Units, int Segments, string? FirstNonGsmCharacter);
