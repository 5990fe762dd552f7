using Reconciler.Core.Versions;
using Reconciler.Core.Yaml;

namespace Reconciler.Core.Templates;

/// <summary>Binds a schema-valid template tree to <see cref="TemplateDocument"/>.</summary>
internal static class TemplateBinder
{
    public static TemplateDocument Bind(string path, YamlMapping root)
    {
        var locales = new List<TemplateLocale>();
        if (root["locales"] is YamlMapping localeMap)
        {
            foreach (var (key, value) in localeMap.Entries)
            {
                var blocks = value is YamlMapping locale ? locale.Mappings("contentBlocks").Select(Block).ToList() : [];
                locales.Add(new TemplateLocale(RepeatedValues.Share(key.Value), key.Start, blocks));
            }
        }

        var version = RepeatedValues.Share(root.Text("version"));
        var parsed = VersionNumber.TryParse(version, out var v) ? v : null;
        return new TemplateDocument
        {
            Path = path,
            TemplateId = root.Text("templateId"),
            Version = version,
            ParsedVersion = parsed,
            Channels = SharedStrings(root, "channels"),
            DefaultLocale = RepeatedValues.Share(root.Text("defaultLocale")),
            Variables = SharedStrings(root, "variables"),
            Locales = locales,
            TemplateIdPosition = root.PositionOf("templateId"),
            VersionPosition = root.PositionOf("version"),
            Node = root,
        };
    }

    private static string[] SharedStrings(YamlMapping root, string key)
    {
        var values = root.Strings(key);
        var shared = new string[values.Count];
        for (var i = 0; i < shared.Length; i++)
        {
            shared[i] = RepeatedValues.Share(values[i]);
        }

        return shared;
    }

    private static ContentBlock Block(YamlMapping block) =>
        new(RepeatedValues.Share(block.Text("id")), RepeatedValues.Share(block.Text("type")), block.Text("content"), block.Start, (YamlScalar)block["content"]!)
        {
            IdPosition = block.PositionOf("id"),
        };
}
