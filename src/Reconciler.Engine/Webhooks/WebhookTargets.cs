using Reconciler.Core.Settings;

namespace Reconciler.Engine.Webhooks;

/// <summary>Resolves webhook settings against environment variables; problems are warnings, never failures.</summary>
public static class WebhookTargets
{
    /// <summary>The usable targets, and one warning per webhook that cannot be used (naming variables, never values).</summary>
    public static (IReadOnlyList<WebhookTarget> Targets, IReadOnlyList<string> Warnings) Resolve(
        IReadOnlyList<WebhookSettings> settings, Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(getVariable);
        var targets = new List<WebhookTarget>();
        var warnings = new List<string>();
        foreach (var hook in settings)
        {
            var url = getVariable(hook.UrlEnv);
            if (string.IsNullOrWhiteSpace(url))
            {
                warnings.Add($"webhook {hook.Name}: {hook.UrlEnv} is not set, so it is not notified; set it to the receiver's URL.");
                continue;
            }

            if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                warnings.Add($"webhook {hook.Name}: {hook.UrlEnv} does not hold an http(s) URL, so it is not notified.");
                continue;
            }

            string? secret = null;
            if (hook.SecretEnv is { } secretEnv)
            {
                secret = getVariable(secretEnv);
                if (string.IsNullOrEmpty(secret))
                {
                    warnings.Add($"webhook {hook.Name}: {secretEnv} is not set, so it is not notified (it would go unsigned); set it or remove secretEnv.");
                    continue;
                }
            }

            targets.Add(new WebhookTarget(hook.Name, uri, secret, hook.Events));
        }

        return (targets, warnings);
    }
}
