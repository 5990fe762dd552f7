using System.Globalization;
using System.Text.Json;
using Cxone.Emulator.Http;
using Cxone.Emulator.Json;
using Reconciler.Core.Templates;

namespace Cxone.Emulator.Templates;

/// <summary>CXone's server-side checks of a template payload; returns every problem found, never throws.</summary>
internal static class TemplateValidator
{
    /// <summary>WhatsApp's limit on one content block, in Unicode code points.</summary>
    public const int WhatsAppMaxCodePoints = 1024;

    public const int MaxVersionLength = 64;

    public static List<string> Validate(TemplatePayload payload)
    {
        var problems = new List<string>();
        if (!Identifiers.IsValid(payload.TemplateId))
        {
            problems.Add(payload.TemplateId is null ? "templateId is required" : $"templateId '{payload.TemplateId}' must be {Identifiers.Rule}");
        }

        if (string.IsNullOrWhiteSpace(payload.Version))
        {
            problems.Add("version is required, e.g. \"v1.0\"");
        }
        else if (payload.Version.Length > MaxVersionLength || payload.Version.Any(char.IsWhiteSpace))
        {
            problems.Add($"version '{payload.Version}' must be at most {MaxVersionLength} characters without spaces, e.g. \"v1.0\"");
        }

        if (payload.Locale is null)
        {
            problems.Add("locale is required, e.g. \"en-US\"");
        }
        else if (!Bcp47.IsWellFormed(payload.Locale))
        {
            problems.Add(Bcp47.Suggest(payload.Locale) is { } suggestion
                ? $"locale '{payload.Locale}' is not a well-formed BCP 47 tag; did you mean \"{suggestion}\"?"
                : $"locale '{payload.Locale}' is not a well-formed BCP 47 tag; write e.g. \"en-US\", \"es-419\" or \"zh-Hant-TW\"");
        }

        CheckChannels(payload.Channels, problems);
        var declared = CheckVariables(payload.Variables, problems);
        CheckBlocks(payload, declared, problems);
        if (payload.Metadata is { } metadata && metadata.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            problems.Add("metadata must be a JSON object");
        }

        return problems;
    }

    private static void CheckChannels(List<string?>? channels, List<string> problems)
    {
        if (channels is not { Count: > 0 })
        {
            problems.Add("channels must list at least one channel, e.g. [\"whatsapp\"]");
            return;
        }

        for (var i = 0; i < channels.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(channels[i]) || !channels[i]!.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                problems.Add($"channels[{i}] '{channels[i]}' must be a lowercase channel name such as whatsapp, messenger, sms or email");
            }
        }
    }

    private static HashSet<string> CheckVariables(List<string?>? variables, List<string> problems)
    {
        var declared = new HashSet<string>(StringComparer.Ordinal);
        if (variables is null)
        {
            problems.Add("variables is required (use [] when the template has no placeholders)");
            return declared;
        }

        for (var i = 0; i < variables.Count; i++)
        {
            var name = variables[i];
            var parsed = name is null ? null : PlaceholderParser.Parse("{{" + name + "}}");
            if (parsed is not { IsValid: true } || parsed.Placeholders.Count() != 1)
            {
                problems.Add($"variables[{i}] '{name}' is not a variable path; use lowercase identifiers joined by dots, e.g. customer.name");
                continue;
            }

            declared.Add(name!);
        }

        return declared;
    }

    private static void CheckBlocks(TemplatePayload payload, HashSet<string> declared, List<string> problems)
    {
        if (payload.ContentBlocks is not { Count: > 0 } blocks)
        {
            problems.Add("contentBlocks must hold at least one block {id, type, content}");
            return;
        }

        var whatsapp = payload.Channels?.Contains("whatsapp") == true;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < blocks.Count; i++)
        {
            var where = $"contentBlocks[{i}]";
            if (blocks[i] is not { } block)
            {
                problems.Add($"{where} must be an object {{id, type, content}}");
                continue;
            }

            if (string.IsNullOrWhiteSpace(block.Id))
            {
                problems.Add($"{where}.id is required");
            }
            else if (!ids.Add(block.Id))
            {
                problems.Add($"{where}.id '{block.Id}' is used by another block; block ids must be unique");
            }

            if (string.IsNullOrWhiteSpace(block.Type))
            {
                problems.Add($"{where}.type is required, e.g. \"text\"");
            }

            if (block.Content is null)
            {
                problems.Add($"{where}.content is required");
                continue;
            }

            CheckContent(where, block.Content, declared, problems);
            var length = CountCodePoints(block.Content);
            if (whatsapp && length > WhatsAppMaxCodePoints)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{where}.content is {length} characters; WhatsApp allows {WhatsAppMaxCodePoints} per block — shorten it or split it into blocks"));
            }
        }
    }

    private static void CheckContent(string where, string content, HashSet<string> declared, List<string> problems)
    {
        var parsed = PlaceholderParser.Parse(content);
        foreach (var error in parsed.Errors)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{where}.content at offset {error.Offset}: {error.Code} {error.Message}"));
        }

        foreach (var placeholder in parsed.Placeholders)
        {
            if (!declared.Contains(placeholder.Path))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{where}.content at offset {placeholder.Offset}: {{{{{placeholder.Path}}}}} is not declared; add \"{placeholder.Path}\" to variables"));
            }
        }
    }

    private static int CountCodePoints(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }
}
