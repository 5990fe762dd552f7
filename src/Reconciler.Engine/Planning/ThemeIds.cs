using System.Security.Cryptography;
using System.Text;

namespace Reconciler.Engine.Planning;

/// <summary>
/// Theme ids are chosen by the client. A name-based UUID (RFC 9562 version 5) of the theme's
/// file key and version tag makes the id known at plan time — so assignments can name a theme
/// before it is published — and makes a retried or rerun publish recognisable as the same one.
/// </summary>
public static class ThemeIds
{
    private static readonly Guid Namespace = new("5d3c7f0e-8a0b-4f39-9a57-6a1f0c2b9e11");

    /// <summary>The id of version <paramref name="versionTag"/> of theme <paramref name="key"/>.</summary>
    /// <param name="key">The theme's file key.</param>
    /// <param name="versionTag">Its version tag.</param>
    /// <param name="republish">
    /// How many earlier publishes of this tag FAILED activation: each retry needs a fresh id (the
    /// failed theme keeps its own), still known in advance so a rerun recognises its own attempt.
    /// </param>
    public static string For(string key, string versionTag, int republish = 0)
    {
        var name = Encoding.UTF8.GetBytes(republish == 0 ? $"theme/{key}/{versionTag}" : $"theme/{key}/{versionTag}/republish-{republish}");
        var ns = Namespace.ToByteArray(bigEndian: true);
#pragma warning disable CA5350 // RFC 9562 defines version 5 UUIDs with SHA-1; this is naming, not security.
        var hash = SHA1.HashData([.. ns, .. name]);
#pragma warning restore CA5350
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(bytes, bigEndian: true).ToString();
    }
}
