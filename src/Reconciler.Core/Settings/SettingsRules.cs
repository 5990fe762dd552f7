using System.Text.RegularExpressions;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Validation;
using Reconciler.Core.Yaml;

namespace Reconciler.Core.Settings;

/// <summary>The ranges of <c>reconciler.yaml</c> and the shape of its webhooks.</summary>
internal static partial class SettingsRules
{
    /// <summary>Events a webhook may subscribe to.</summary>
    public static IReadOnlyList<string> WebhookEvents { get; } = ["planned", "applied", "failed", "drift"];

    public static void Check(string path, YamlMapping root, DiagnosticBag bag)
    {
        if (root["channels"] is YamlMapping channels)
        {
            foreach (var (channel, value) in channels.Entries)
            {
                if (value is YamlMapping limits)
                {
                    Range(path, limits, "maxBodyLength", 1, 100_000, $"channels.{channel.Value}.maxBodyLength", bag);
                    Range(path, limits, "maxSegments", 1, 255, $"channels.{channel.Value}.maxSegments", bag);
                }
            }
        }

        if (root["apply"] is YamlMapping apply)
        {
            Range(path, apply, "concurrency", 1, 32, "apply.concurrency", bag);
        }

        if (root.OptionalText("auditLog") is { } audit && !IsInsideRepository(audit))
        {
            bag.Error(path, root.PositionOf("auditLog"), DiagnosticCodes.SettingRange,
                $"auditLog '{audit}' must be a relative path inside the repository, e.g. .reconciler/audit.jsonl.");
        }

        CheckWebhooks(path, root, bag);
    }

    private static void CheckWebhooks(string path, YamlMapping root, DiagnosticBag bag)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hook in root.Mappings("webhooks"))
        {
            var name = hook.Text("name");
            if (!NamePattern().IsMatch(name))
            {
                bag.Error(path, hook.PositionOf("name"), DiagnosticCodes.InvalidWebhook,
                    $"Webhook name '{name}' is malformed; use lowercase letters, digits and hyphens, e.g. ops-chat.");
            }
            else if (!names.Add(name))
            {
                bag.Error(path, hook.PositionOf("name"), DiagnosticCodes.InvalidWebhook, $"Webhook name '{name}' is used twice; give each webhook its own name.");
            }

            foreach (var key in new[] { "urlEnv", "secretEnv" })
            {
                if (hook.OptionalText(key) is { } variable && !EnvPattern().IsMatch(variable))
                {
                    bag.Error(path, hook.PositionOf(key), DiagnosticCodes.InvalidWebhook,
                        $"{key} '{variable}' is not an environment variable name; write the NAME of the variable that holds the value (e.g. OPS_WEBHOOK_URL), never the value itself.");
                }
            }

            if (hook["events"] is YamlSequence events)
            {
                foreach (var item in events.Items.OfType<YamlScalar>().Where(e => !WebhookEvents.Contains(e.Value)))
                {
                    bag.Error(path, item.Start, DiagnosticCodes.InvalidWebhook,
                        $"Webhook event '{item.Value}' is unknown; use {string.Join(", ", WebhookEvents)}.");
                }
            }
        }
    }

    private static bool IsInsideRepository(string relative) =>
        !Path.IsPathRooted(relative) && !relative.Contains('\\', StringComparison.Ordinal)
        && !relative.Split('/').Contains("..") && relative.Trim().Length > 0;

    private static void Range(string path, YamlMapping node, string key, int min, int max, string label, DiagnosticBag bag)
    {
        if (node.Scalar(key) is null)
        {
            return;
        }

        var value = node.Int(key);
        if (value < min || value > max)
        {
            bag.Error(path, node.PositionOf(key), DiagnosticCodes.SettingRange, $"{label} is {node.String(key)}; it must be {min} to {max}.");
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[A-Z_][A-Z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex EnvPattern();
}
