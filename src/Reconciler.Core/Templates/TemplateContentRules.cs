using Reconciler.Core.Diagnostics;
using Reconciler.Core.Settings;
using Reconciler.Core.Validation;

namespace Reconciler.Core.Templates;

/// <summary>
/// The rules on a template's content: block ids, placeholder syntax (at the exact column),
/// declared versus referenced variables, locale consistency with the default locale, and the
/// channel limits of <c>reconciler.yaml</c>.
/// </summary>
internal static class TemplateContentRules
{
    public static void Check(TemplateDocument template, ReconcilerSettings settings, DiagnosticBag bag)
    {
        var declared = template.Variables.ToHashSet(StringComparer.Ordinal);
        var usedAnywhere = new HashSet<string>(StringComparer.Ordinal);
        // Indexed like template.Locales. (Keyed by reference, each locale cost an identity hash,
        // which the runtime computes out of line; it showed in the profile of 30,000 variants.)
        var usedByLocale = new HashSet<string>[template.Locales.Count];
        var hints = new HintBudget();
        for (var index = 0; index < template.Locales.Count; index++)
        {
            var locale = template.Locales[index];
            CheckBlockIds(template, locale, bag);
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var block in locale.Blocks)
            {
                CheckPlaceholders(template, block, declared, used, hints, bag);
                ChannelLimitRules.Check(template, block, settings, bag);
            }

            usedByLocale[index] = used;
            usedAnywhere.UnionWith(used);
        }

        foreach (var item in TemplateRules.ItemsOf(template.Tree, "variables"))
        {
            if (!usedAnywhere.Contains(item.Value))
            {
                bag.Warning(template.Path, item.Start, DiagnosticCodes.UnusedVariable,
                    $"Variable '{item.Value}' is declared but no content block uses it; use it as {{{{{item.Value}}}}} or remove it from variables.");
            }
        }

        var reference = FindIndex(template.Locales, template.DefaultLocale);
        if (reference >= 0)
        {
            CompareWithDefault(template, reference, usedByLocale, bag);
        }
    }

    private static void CheckBlockIds(TemplateDocument template, TemplateLocale locale, DiagnosticBag bag)
    {
        if (locale.Blocks.Count == 0)
        {
            bag.Error(template.Path, locale.Position, DiagnosticCodes.LocaleBlocksDiffer,
                $"Locale '{locale.Tag}' has no contentBlocks; add at least one block or remove the locale.");
        }

        var seen = new Dictionary<string, ContentBlock>(StringComparer.Ordinal);
        foreach (var block in locale.Blocks)
        {
            var idAt = block.IdPosition;
            if (!TemplateRules.IdentifierPattern().IsMatch(block.Id) || block.Id.Length > 64)
            {
                bag.Error(template.Path, idAt, DiagnosticCodes.InvalidIdentifier,
                    $"Block id '{block.Id}' is malformed; use lowercase letters, digits and underscores, starting with a letter (at most 64), e.g. msg_01.");
            }
            else if (!seen.TryAdd(block.Id, block))
            {
                bag.Error(template.Path, idAt, DiagnosticCodes.DuplicateBlockId,
                    $"Block id '{block.Id}' is used twice in locale '{locale.Tag}' (first on line {seen[block.Id].Position.Line}); give each block its own id.");
            }
        }
    }

    private static void CheckPlaceholders(TemplateDocument template, ContentBlock block, HashSet<string> declared, HashSet<string> used, HintBudget hints, DiagnosticBag bag)
    {
        var parsed = PlaceholderParser.ParsePlaceholders(block.Content);
        foreach (var error in parsed.Errors)
        {
            bag.Error(template.Path, block.ContentPositionOf(error.Offset), error.Code, error.Message);
        }

        for (var i = 0; i < parsed.Segments.Count; i++)
        {
            var placeholder = (PlaceholderSegment)parsed.Segments[i];
            used.Add(placeholder.Path);
            if (!declared.Contains(placeholder.Path))
            {
                var near = hints.TryTake() ? EditDistance.Nearest(placeholder.Path, declared) : null;
                var hint = near is null ? string.Empty : $" (did you mean '{near}'?)";
                bag.Error(template.Path, block.ContentPositionOf(placeholder.Offset), DiagnosticCodes.UndeclaredVariable,
                    $"'{{{{{placeholder.Path}}}}}' uses a variable that is not declared{hint}; add '{placeholder.Path}' to variables or fix the name.");
            }
        }
    }

    private static int FindIndex(IReadOnlyList<TemplateLocale> locales, string? tag)
    {
        for (var i = 0; i < locales.Count; i++)
        {
            if (locales[i].Tag == tag)
            {
                return i;
            }
        }

        return -1;
    }

    private static void CompareWithDefault(TemplateDocument template, int referenceIndex, HashSet<string>[] used, DiagnosticBag bag)
    {
        var reference = template.Locales[referenceIndex];
        var expected = used[referenceIndex];
        for (var index = 0; index < template.Locales.Count; index++)
        {
            if (index == referenceIndex)
            {
                continue;
            }

            // The lists a message needs are built only for a locale that differs: built for every
            // locale, they were about 20 MB of the 588 MB a validate of 30,000 variants allocates.
            var locale = template.Locales[index];
            if (!used[index].SetEquals(expected))
            {
                var missing = expected.Except(used[index]).Order(StringComparer.Ordinal).ToList();
                var extra = used[index].Except(expected).Order(StringComparer.Ordinal).ToList();
                var parts = new List<string>();
                if (missing.Count > 0)
                {
                    parts.Add($"it lacks {string.Join(", ", missing)}");
                }

                if (extra.Count > 0)
                {
                    parts.Add($"it adds {string.Join(", ", extra)}");
                }

                bag.Error(template.Path, locale.Position, DiagnosticCodes.LocaleVariablesDiffer,
                    $"Locale '{locale.Tag}' must use the same variables as the default locale '{reference.Tag}', but {string.Join(" and ", parts)}; translate the same placeholders.");
            }

            if (locale.Blocks.Count > 0 && !SameBlockIds(locale, reference))
            {
                bag.Error(template.Path, locale.Position, DiagnosticCodes.LocaleBlocksDiffer,
                    $"Locale '{locale.Tag}' has blocks [{string.Join(", ", locale.Blocks.Select(b => b.Id))}] but the default locale '{reference.Tag}' has [{string.Join(", ", reference.Blocks.Select(b => b.Id))}]; every locale needs the same blocks in the same order.");
            }
        }
    }

    private static bool SameBlockIds(TemplateLocale locale, TemplateLocale reference)
    {
        if (locale.Blocks.Count != reference.Blocks.Count)
        {
            return false;
        }

        for (var i = 0; i < locale.Blocks.Count; i++)
        {
            if (!string.Equals(locale.Blocks[i].Id, reference.Blocks[i].Id, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
