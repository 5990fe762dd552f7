using Reconciler.Core.Yaml;

namespace Reconciler.Core.Settings;

/// <summary>Binds a schema-valid <c>reconciler.yaml</c> tree, filling in defaults.</summary>
internal static class SettingsBinder
{
    public static ReconcilerSettings Bind(YamlMapping root)
    {
        var channels = new Dictionary<string, ChannelLimits>(SettingsDefaults.ChannelLimits, StringComparer.Ordinal);
        if (root["channels"] is YamlMapping configured)
        {
            foreach (var (key, value) in configured.Entries)
            {
                if (value is not YamlMapping limits)
                {
                    continue;
                }

                var defaults = channels.GetValueOrDefault(key.Value) ?? new ChannelLimits(null, null);
                channels[key.Value] = new ChannelLimits(
                    limits.Scalar("maxBodyLength") is null ? defaults.MaxBodyLength : limits.Int("maxBodyLength"),
                    limits.Scalar("maxSegments") is null ? defaults.MaxSegments : limits.Int("maxSegments"));
            }
        }

        return new ReconcilerSettings
        {
            Channels = channels,
            ApplyConcurrency = root["apply"] is YamlMapping apply && apply.Scalar("concurrency") is not null
                ? apply.Int("concurrency")
                : SettingsDefaults.ApplyConcurrency,
            Webhooks = root.Mappings("webhooks")
                .Select(w => new WebhookSettings(
                    w.Text("name"),
                    w.Text("urlEnv"),
                    w.OptionalText("secretEnv"),
                    w["events"] is YamlSequence ? w.Strings("events") : SettingsDefaults.WebhookEvents))
                .ToList(),
            AuditLog = root.OptionalText("auditLog"),
        };
    }
}
