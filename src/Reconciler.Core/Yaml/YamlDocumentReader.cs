using Reconciler.Core.Diagnostics;

namespace Reconciler.Core.Yaml;

/// <summary>
/// Reads one content file into a positioned YAML tree. Never throws for bad content: encoding
/// problems, syntax errors, duplicate keys, alias bombs and absurd nesting become diagnostics.
/// </summary>
public static class YamlDocumentReader
{
    /// <summary>Reads <paramref name="bytes"/> (the content of <paramref name="path"/>).</summary>
    public static YamlReadResult Read(string path, ReadOnlySpan<byte> bytes)
    {
        var decoded = SourceTextDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            return Fail(decoded.IsBinary
                ? new Diagnostic(path, decoded.Position.Line, decoded.Position.Column, Severity.Error, DiagnosticCodes.BinaryFile,
                    $"The file is binary, not YAML text (it contains NUL bytes; first unreadable byte at offset {decoded.ByteOffset}); move it out of the content folders.")
                : new Diagnostic(path, decoded.Position.Line, decoded.Position.Column, Severity.Error, DiagnosticCodes.InvalidUtf8,
                    $"The file is not valid UTF-8 (first bad byte at offset {decoded.ByteOffset}); save it as UTF-8."));
        }

        return Read(path, decoded.Text);
    }

    /// <summary>Reads already decoded <paramref name="text"/>; line breaks may be CRLF.</summary>
    public static YamlReadResult Read(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (normalised.Length > 0 && normalised[0] == '\uFEFF')
        {
            normalised = normalised[1..];
        }

        var source = new YamlSourceText(normalised);
        if (NonPrintableCharacters.IndexOfFirst(normalised) is var bad and >= 0)
        {
            var at = source.PositionOf(bad);
            return Fail(new Diagnostic(path, at.Line, at.Column, Severity.Error, DiagnosticCodes.YamlSyntax,
                $"YAML does not allow the control character {NonPrintableCharacters.Describe(normalised[bad])} in a file; delete it (in a double-quoted string an escape such as \\e or \\x07 writes it on purpose)."));
        }

        var builder = new YamlTreeBuilder(path, source);
        var (outcome, message, start, end) = YamlParserCopies.ForCurrentCore()(normalised, builder.Accept);
        if (outcome == YamlParseOutcomes.SyntaxError)
        {
            // YamlDotNet's Start is the context ("while scanning a mapping" → the mapping's start);
            // End is where the problem was found, which is where the user must look.
            var index = (int)Math.Min(Math.Max(start, end), int.MaxValue);
            if (message!.Contains("tab", StringComparison.Ordinal))
            {
                // YamlDotNet reports tab-indentation errors at the start of the file; find the tab.
                index = FirstIndentationTab(normalised) ?? index;
            }

            var at = source.PositionOf(index);
            return Fail(new Diagnostic(path, at.Line, at.Column, Severity.Error, DiagnosticCodes.YamlSyntax,
                $"YAML syntax error: {Describe(message)}. Fix the YAML at this position (check indentation, quotes and colons)."));
        }

        if (outcome == YamlParseOutcomes.Unparseable)
        {
            // The best position there is: the end of the last construct the parser did understand.
            var at = source.PositionOf((int)Math.Min(start, int.MaxValue));
            return Fail(new Diagnostic(path, at.Line, at.Column, Severity.Error, DiagnosticCodes.YamlSyntax,
                "YAML syntax error: the YAML cannot be parsed after this point. Check for an unclosed '[', '{' or quote, and the indentation."));
        }

        return builder.Finish();
    }

    private static int? FirstIndentationTab(string text)
    {
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var i = lineStart;
            while (i < text.Length && text[i] is ' ' or '\t')
            {
                if (text[i] == '\t')
                {
                    return i;
                }

                i++;
            }

            var next = text.IndexOf('\n', lineStart);
            if (next < 0)
            {
                break;
            }

            lineStart = next + 1;
        }

        return null;
    }

    private static YamlReadResult Fail(Diagnostic diagnostic) => new(null, [diagnostic]);

    /// <summary>YamlDotNet's messages start with "(Line: …)" noise that our location already says.</summary>
    private static string Describe(string message)
    {
        var close = message.StartsWith("(Line:", StringComparison.Ordinal) ? message.IndexOf("): ", StringComparison.Ordinal) : -1;
        message = close >= 0 ? message[(close + 3)..] : message;
        return message.TrimEnd('.', ' ');
    }
}
