using Cxone.Emulator;

namespace Reconciler.Cli.Commands;

/// <summary>Parses <c>--client ID:SECRET[:SCOPES]</c>. Scopes themselves contain colons, so the secret cannot.</summary>
internal static class EmulatorClientSpec
{
    /// <summary>Returns null and the client, or an error message that says how to write the option.</summary>
    public static string? TryParse(string spec, out EmulatorClient? client)
    {
        client = null;
        var first = spec.IndexOf(':', StringComparison.Ordinal);
        if (first <= 0)
        {
            return $"--client '{Redact(spec)}' must be ID:SECRET or ID:SECRET:SCOPES, e.g. ci:s3cret:omnichannel:webmessaging:read,analytics:read.";
        }

        var id = spec[..first];
        var rest = spec[(first + 1)..];
        var second = rest.IndexOf(':', StringComparison.Ordinal);
        var secret = second < 0 ? rest : rest[..second];
        var scopeText = second < 0 ? "" : rest[(second + 1)..];
        if (secret.Length == 0)
        {
            return $"--client '{id}:…' has an empty secret; write ID:SECRET[:SCOPES].";
        }

        var scopes = scopeText.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = scopes.Where(s => !EmulatorScopes.All.Contains(s)).ToList();
        if (unknown.Count > 0)
        {
            return $"--client '{id}:…' names unknown scope(s) {string.Join(", ", unknown)}; known scopes: {string.Join(", ", EmulatorScopes.All)}.";
        }

        client = new EmulatorClient(id, secret, scopes.Length > 0 ? scopes.Distinct(StringComparer.Ordinal).ToList() : EmulatorScopes.All);
        return null;
    }

    /// <summary>Never echo a secret back, even in an error about a malformed option.</summary>
    private static string Redact(string spec) => spec.Length <= 2 ? spec : spec[..2] + "…";
}
