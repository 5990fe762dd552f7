using System.Text;

namespace Reconciler.Core.Templates;

/// <summary>
/// Parses template content into text and <c>{{identifier.path}}</c> placeholders.
/// Grammar: <c>content := (text | "{{" path "}}")*</c>, <c>path := ident ("." ident)*</c>,
/// <c>ident := [a-z_][a-z0-9_]*</c>. Unlike the tutorial's grammar, plain text around placeholders
/// is valid, and malformed input yields errors at exact offsets instead of exceptions.
/// </summary>
public static class PlaceholderParser
{
    private const string Open = "{{";
    private const string Close = "}}";

    /// <summary>Parses <paramref name="content"/>; never throws for any input.</summary>
    public static ParsedTemplate Parse(string content) => Parse(content, withText: true);

    /// <summary>
    /// As <see cref="Parse(string)"/>, with only the placeholders among the segments: what the
    /// template rules need. Copying out the text between placeholders was most of what the rules
    /// allocated, for every block of every template.
    /// </summary>
    internal static ParsedTemplate ParsePlaceholders(string content) => Parse(content, withText: false);

    private static ParsedTemplate Parse(string content, bool withText)
    {
        ArgumentNullException.ThrowIfNull(content);
        var segments = new List<TemplateSegment>();
        var errors = new List<PlaceholderSyntaxError>();
        var textStart = 0;
        var i = 0;
        while (i < content.Length)
        {
            // Only braces matter: jump to the next one (a vectorised search) instead of testing every character.
            var brace = content.AsSpan(i).IndexOfAny('{', '}');
            if (brace < 0)
            {
                break;
            }

            i += brace;
            if (At(content, i, Close))
            {
                errors.Add(new(i, PlaceholderErrorCodes.MalformedBraces,
                    "'}}' closes no placeholder; remove it or open the placeholder with '{{'."));
                i += Close.Length;
                continue;
            }

            if (!At(content, i, Open))
            {
                i++;
                continue;
            }

            if (withText)
            {
                AddText(segments, content, textStart, i);
            }

            i = ParsePlaceholder(content, i, segments, errors);
            textStart = i;
        }

        if (withText)
        {
            AddText(segments, content, textStart, content.Length);
        }

        return new ParsedTemplate(segments, errors);
    }

    /// <summary>Parses the placeholder opening at <paramref name="start"/>; returns where parsing resumes.</summary>
    private static int ParsePlaceholder(string content, int start, List<TemplateSegment> segments, List<PlaceholderSyntaxError> errors)
    {
        var innerStart = start + Open.Length;
        if (innerStart < content.Length && content[innerStart] == '{')
        {
            errors.Add(new(start, PlaceholderErrorCodes.MalformedBraces,
                "'{{{' has one brace too many; placeholders are written {{name.path}}."));
            var skip = innerStart;
            while (skip < content.Length && content[skip] == '{')
            {
                skip++;
            }

            var after = content.IndexOf(Close, skip, StringComparison.Ordinal);
            return after < 0 ? content.Length : SkipClosingBraces(content, after);
        }

        // Only an opening before the close matters, so that is as far as it is looked for.
        var close = content.IndexOf(Close, innerStart, StringComparison.Ordinal);
        var searchEnd = close < 0 ? content.Length : close;
        var openInside = content.AsSpan(innerStart, searchEnd - innerStart).IndexOf(Open, StringComparison.Ordinal);
        var nextOpen = openInside < 0 ? -1 : innerStart + openInside;
        if (close < 0 || nextOpen >= 0)
        {
            errors.Add(new(start, PlaceholderErrorCodes.Unclosed,
                "'{{' is never closed; end the placeholder with '}}'."));
            return nextOpen >= 0 ? nextOpen : content.Length;
        }

        var inner = content[innerStart..close];
        var error = CheckPath(inner, innerStart);
        if (error is null)
        {
            segments.Add(new PlaceholderSegment(start, close + Close.Length - start, inner));
        }
        else
        {
            errors.Add(error);
        }

        var resume = close + Close.Length;
        if (resume < content.Length && content[resume] == '}')
        {
            errors.Add(new(resume, PlaceholderErrorCodes.MalformedBraces,
                "'}}}' has one brace too many; placeholders are written {{name.path}}."));
            return SkipClosingBraces(content, close);
        }

        return resume;
    }

    private static PlaceholderSyntaxError? CheckPath(string inner, int innerStart)
    {
        if (inner.Length == 0)
        {
            return new(innerStart - Open.Length, PlaceholderErrorCodes.Empty,
                "Empty placeholder '{{}}'; name a declared variable inside the braces, e.g. {{customer.name}}.");
        }

        // The suggested spelling is only worked out for a message: most placeholders are valid.
        for (var k = 0; k < inner.Length; k++)
        {
            var c = inner[k];
            if (char.IsWhiteSpace(c))
            {
                return new(innerStart + k, PlaceholderErrorCodes.Whitespace,
                    $"White space inside '{{{{{inner}}}}}'; remove it: {{{{{Suggest(inner)}}}}}.");
            }
        }

        var segmentStart = 0;
        for (var k = 0; k <= inner.Length; k++)
        {
            if (k == inner.Length || inner[k] == '.')
            {
                if (k == segmentStart)
                {
                    return new(innerStart + k, PlaceholderErrorCodes.Empty,
                        $"'{{{{{inner}}}}}' has an empty path segment; join identifiers with single dots, e.g. {{{{customer.name}}}}.");
                }

                segmentStart = k + 1;
                continue;
            }

            var c = inner[k];
            var valid = c is (>= 'a' and <= 'z') or '_' || (k > segmentStart && c is >= '0' and <= '9');
            if (!valid)
            {
                var why = c is >= '0' and <= '9'
                    ? "an identifier cannot start with a digit"
                    : $"'{c}' is not allowed; identifiers use lowercase letters, digits and underscores";
                return new(innerStart + k, PlaceholderErrorCodes.InvalidCharacter,
                    $"Invalid placeholder '{{{{{inner}}}}}': {why}. Write {{{{{Suggest(inner)}}}}}.");
            }
        }

        return null;
    }

    /// <summary>The nearest valid spelling of a malformed path, used in fix hints.</summary>
    internal static string Suggest(string inner)
    {
        var builder = new StringBuilder(inner.Length);
        foreach (var c in inner.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(c switch
            {
                '-' => '_',
                _ when char.IsAsciiLetterUpper(c) => char.ToLowerInvariant(c),
                _ when char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '.' => c,
                _ => '_',
            });
        }

        var collapsed = string.Join('.', builder.ToString().Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => char.IsAsciiDigit(s[0]) ? "_" + s : s));
        return collapsed.Length == 0 ? "variable_name" : collapsed;
    }

    private static int SkipClosingBraces(string content, int close)
    {
        var i = close;
        while (i < content.Length && content[i] == '}')
        {
            i++;
        }

        return i;
    }

    private static bool At(string content, int i, string token) =>
        string.CompareOrdinal(content, i, token, 0, token.Length) == 0;

    private static void AddText(List<TemplateSegment> segments, string content, int from, int to)
    {
        if (to > from)
        {
            segments.Add(new TextSegment(from, content[from..to]));
        }
    }
}
