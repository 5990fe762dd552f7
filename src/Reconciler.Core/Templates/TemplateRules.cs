using System.Text.RegularExpressions;
using Reconciler.Core.Content;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Validation;
using Reconciler.Core.Yaml;

namespace Reconciler.Core.Templates;

/// <summary>
/// The rules on one template's header: id, version, channels, declared variables and locale
/// tags. Content rules live in <see cref="TemplateContentRules"/>.
/// </summary>
internal static partial class TemplateRules
{
    /// <summary>Channels the reconciler can publish to.</summary>
    public static IReadOnlyList<string> KnownChannels { get; } = ["whatsapp", "messenger", "sms", "email", "webchat"];

    public static void Check(TemplateDocument template, DiagnosticBag bag)
    {
        CheckHeader(template, bag);
        CheckChannels(template, bag);
        CheckVariables(template, bag);
        CheckLocales(template, bag);
    }

    private static void CheckHeader(TemplateDocument template, DiagnosticBag bag)
    {
        if (!IdentifierPattern().IsMatch(template.TemplateId) || template.TemplateId.Length > 100)
        {
            bag.Error(template.Path, template.TemplateIdPosition, DiagnosticCodes.InvalidIdentifier,
                $"templateId '{template.TemplateId}' is malformed; use lowercase letters, digits and underscores, starting with a letter (at most 100), e.g. tmpl_order_shipped.");
        }
        else if (ContentPaths.Stem(template.Path) != template.TemplateId)
        {
            bag.Warning(template.Path, template.TemplateIdPosition, DiagnosticCodes.FileNameMismatch,
                $"The file is named '{ContentPaths.Stem(template.Path)}' but holds templateId '{template.TemplateId}'; rename the file to {template.TemplateId}.yaml so the two are found together.");
        }

        if (template.ParsedVersion is null)
        {
            bag.Error(template.Path, template.VersionPosition, DiagnosticCodes.InvalidTemplateVersion,
                $"version '{template.Version}' is not a version; write 1 to 4 numbers separated by dots, optionally after 'v', e.g. v2.4 or 1.2.0.");
        }
    }

    private static void CheckChannels(TemplateDocument template, DiagnosticBag bag)
    {
        var items = ItemsOf(template.Tree, "channels");
        if (template.Channels.Count == 0)
        {
            bag.Error(template.Path, template.Tree.KeyPositionOf("channels"), DiagnosticCodes.UnknownChannel,
                $"channels is empty; list at least one of: {string.Join(", ", KnownChannels)}.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!KnownChannels.Contains(item.Value))
            {
                bag.Error(template.Path, item.Start, DiagnosticCodes.UnknownChannel,
                    $"Unknown channel '{item.Value}'; use one of: {string.Join(", ", KnownChannels)}.");
            }
            else if (!seen.Add(item.Value))
            {
                bag.Warning(template.Path, item.Start, DiagnosticCodes.DuplicateChannel,
                    $"Channel '{item.Value}' is listed twice; remove the repeat.");
            }
        }
    }

    private static void CheckVariables(TemplateDocument template, DiagnosticBag bag)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in ItemsOf(template.Tree, "variables"))
        {
            if (!VariablePattern().IsMatch(item.Value))
            {
                bag.Error(template.Path, item.Start, DiagnosticCodes.InvalidIdentifier,
                    $"Variable '{item.Value}' is malformed; write identifiers of lowercase letters, digits and underscores joined by dots, e.g. {PlaceholderParser.Suggest(item.Value)}.");
            }
            else if (!seen.Add(item.Value))
            {
                bag.Warning(template.Path, item.Start, DiagnosticCodes.DuplicateVariable,
                    $"Variable '{item.Value}' is declared twice; remove the repeat.");
            }
        }
    }

    private static void CheckLocales(TemplateDocument template, DiagnosticBag bag)
    {
        if (template.Locales.Count == 0)
        {
            bag.Error(template.Path, template.Tree.KeyPositionOf("locales"), DiagnosticCodes.DefaultLocaleMissing,
                $"locales is empty; add the default locale '{template.DefaultLocale}' with its contentBlocks.");
        }

        var defaultAt = template.Tree.PositionOf("defaultLocale");
        if (!Bcp47.IsWellFormed(template.DefaultLocale))
        {
            bag.Error(template.Path, defaultAt, DiagnosticCodes.InvalidLocale, LocaleMessage("defaultLocale", template.DefaultLocale));
        }
        else if (template.Locales.Count > 0 && !template.Locales.Any(l => l.Tag == template.DefaultLocale))
        {
            bag.Error(template.Path, defaultAt, DiagnosticCodes.DefaultLocaleMissing,
                $"defaultLocale '{template.DefaultLocale}' is not among the locales ({string.Join(", ", template.Locales.Select(l => l.Tag))}); add it under locales or change defaultLocale.");
        }

        var seen = new Dictionary<string, TemplateLocale>(StringComparer.OrdinalIgnoreCase);
        foreach (var locale in template.Locales)
        {
            if (!Bcp47.IsWellFormed(locale.Tag))
            {
                bag.Error(template.Path, locale.Position, DiagnosticCodes.InvalidLocale, LocaleMessage("Locale", locale.Tag));
            }
            else if (!seen.TryAdd(locale.Tag, locale))
            {
                bag.Error(template.Path, locale.Position, DiagnosticCodes.InvalidLocale,
                    $"Locale '{locale.Tag}' repeats '{seen[locale.Tag].Tag}' (line {seen[locale.Tag].Position.Line}); BCP 47 tags ignore case, so merge the two.");
            }
        }
    }

    private static string LocaleMessage(string what, string tag)
    {
        var suggestion = Bcp47.Suggest(tag);
        var hint = suggestion is null ? "e.g. en-US, es-419, zh-Hant-TW" : $"did you mean '{suggestion}'?";
        return $"{what} '{tag}' is not a well-formed BCP 47 tag (language[-Script][-REGION], joined by hyphens); {hint}";
    }

    /// <summary>The string items of a sequence, with their positions.</summary>
    internal static IEnumerable<YamlScalar> ItemsOf(YamlMapping node, string key) =>
        node[key] is YamlSequence sequence ? sequence.Items.OfType<YamlScalar>() : [];

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    internal static partial Regex IdentifierPattern();

    [GeneratedRegex("^[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex VariablePattern();
}
