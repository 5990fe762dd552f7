using Reconciler.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

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
        var lastGood = 0L;
        try
        {
            var parser = new Parser(new StringReader(normalised));
            while (parser.MoveNext() && !builder.Failed)
            {
                builder.Accept(parser.Current!);
                lastGood = parser.Current!.End.Index;
            }
        }
        catch (YamlException e)
        {
            // YamlDotNet's Start is the context ("while scanning a mapping" → the mapping's start);
            // End is where the problem was found, which is where the user must look.
            var index = (int)Math.Min(Math.Max(e.Start.Index, e.End.Index), int.MaxValue);
            if (e.Message.Contains("tab", StringComparison.Ordinal))
            {
                // YamlDotNet reports tab-indentation errors at the start of the file; find the tab.
                index = FirstIndentationTab(normalised) ?? index;
            }

            var at = source.PositionOf(index);
            return Fail(new Diagnostic(path, at.Line, at.Column, Severity.Error, DiagnosticCodes.YamlSyntax,
                $"YAML syntax error: {Describe(e)}. Fix the YAML at this position (check indentation, quotes and colons)."));
        }

        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner throws these on some malformed input instead of a YamlException;
            // the best position we have is the end of the last construct it did understand.
            var at = source.PositionOf((int)Math.Min(lastGood, int.MaxValue));
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
    private static string Describe(YamlException e)
    {
        var message = e.Message;
        var close = message.StartsWith("(Line:", StringComparison.Ordinal) ? message.IndexOf("): ", StringComparison.Ordinal) : -1;
        message = close >= 0 ? message[(close + 3)..] : message;
        return message.TrimEnd('.', ' ');
    }
}
