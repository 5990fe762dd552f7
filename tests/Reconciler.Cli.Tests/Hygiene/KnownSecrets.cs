using System.Net;
using System.Text;

namespace Reconciler.Cli.Tests.Hygiene;

/// <summary>
/// Distinctive secret values a hygiene run puts in the environment, and every form in which one
/// could leak: as is, Base64 (HTTP Basic carries <c>id:secret</c> that way), URL-encoded (forms,
/// query strings) and JSON-escaped. Each value contains characters that these encodings change.
/// </summary>
internal sealed class KnownSecrets
{
    public const string ClientId = "hygiene-client";
    public const string ClientSecret = "cxs+HYGIENE/7Zq2=Wm5&Rr8!Kt3";
    public const string GitHubToken = "ghs_HYGIENE0gh7Yq2Wm5Zr8Kt3Lp9Xc4Vb";
    public const string WebhookSecret = "whsec+HYGIENE/4Nd8Qe1Vb6&Ty3";
    public const string SinkSecret = "sink+HYGIENE/8Hu2Jd5Lw1";
    public const string WebhookUrlToken = "urltokHYGIENE5rT9wQ";
    public const string WebhookUrlUser = "hookuser";
    public const string WebhookUrlPassword = "HookPassHYGIENE3xV7n";

    private readonly List<(string Label, string Value)> _extra = [];

    /// <summary>Adds a value found during the run (an access token the emulator issued).</summary>
    public void Add(string label, string value) => _extra.Add((label, value));

    /// <summary>Every needle to search for, with a label that names it without showing it.</summary>
    public IReadOnlyList<(string Label, string Value)> Needles()
    {
        var raw = new List<(string, string)>
        {
            ("CXONE_CLIENT_SECRET", ClientSecret),
            ("GITHUB_TOKEN", GitHubToken),
            ("OPS_WEBHOOK_SECRET", WebhookSecret),
            ("SINK_WEBHOOK_SECRET", SinkSecret),
            ("token in OPS_WEBHOOK_URL", WebhookUrlToken),
            ("password in SINK_WEBHOOK_URL", WebhookUrlPassword),
        };
        raw.AddRange(_extra);
        var needles = new List<(string, string)>();
        foreach (var (label, value) in raw)
        {
            needles.Add((label, value));
            needles.Add((label + " (Base64)", Base64(value)));
            needles.Add((label + " (URL-encoded)", WebUtility.UrlEncode(value)));
            needles.Add((label + " (escaped URI)", Uri.EscapeDataString(value)));
            needles.Add((label + " (JSON-escaped)", System.Text.Json.JsonSerializer.Serialize(value).Trim('"')));
        }

        // What an HTTP Basic header carries: the pair, not the secret alone.
        needles.Add(("CXONE client id:secret (Basic)", Base64(ClientId + ":" + ClientSecret)));
        needles.Add(("CXONE client id:secret (Basic, form-encoded)", Base64(Uri.EscapeDataString(ClientId) + ":" + Uri.EscapeDataString(ClientSecret))));
        needles.Add(("webhook user:password (Basic)", Base64(WebhookUrlUser + ":" + WebhookUrlPassword)));
        return [.. needles.Distinct()];
    }

    // Padding depends on what follows in a header, so it is left off the needle.
    private static string Base64(string value) => Convert.ToBase64String(Encoding.UTF8.GetBytes(value)).TrimEnd('=');
}
