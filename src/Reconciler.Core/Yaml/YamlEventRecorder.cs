using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Reconciler.Core.Yaml;

/// <summary>
/// Runs YamlDotNet's parser over one document and hands each event on as plain values. The
/// signature holds only framework types on purpose: <see cref="YamlParserCopies"/> calls a second
/// copy of this assembly, with its own YamlDotNet, from another thread, and a type of either copy
/// would not be the same type in the other.
/// </summary>
internal static class YamlEventRecorder
{
    /// <summary>
    /// Parses <paramref name="text"/>, passing each event to <paramref name="accept"/> until it
    /// returns false; never throws for bad YAML.
    /// </summary>
    public static YamlParseOutcome Parse(string text, Func<YamlEventRecord, bool> accept)
    {
        var lastGood = 0L;
        try
        {
            // Once the receiver stops, the parser still reads one more event: a syntax error right
            // after the receiver's own error is the one reported.
            var more = true;
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext() && more)
            {
                var current = parser.Current!;
                if (Record(current) is { } record)
                {
                    more = accept(record);
                }

                lastGood = current.End.Index;
            }

            return (YamlParseOutcomes.Parsed, null, 0, 0);
        }
        catch (YamlException e)
        {
            return (YamlParseOutcomes.SyntaxError, e.Message, e.Start.Index, e.End.Index);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner throws these on some malformed input instead of a YamlException.
            return (YamlParseOutcomes.Unparseable, e.Message, lastGood, lastGood);
        }
    }

    /// <summary>The event as plain values; null for the events the tree does not need (stream and document ends, comments).</summary>
    private static YamlEventRecord? Record(ParsingEvent e) => e switch
    {
        DocumentStart start => (YamlEventKinds.DocumentStart, 0, start.IsImplicit, e.Start.Index, null, null, null),
        Scalar scalar => (YamlEventKinds.Scalar, (int)scalar.Style, false, e.Start.Index, scalar.Value, Tag(scalar.Tag), Anchor(scalar.Anchor)),
        MappingStart mapping => (YamlEventKinds.MappingStart, 0, false, e.Start.Index, null, Tag(mapping.Tag), Anchor(mapping.Anchor)),
        SequenceStart sequence => (YamlEventKinds.SequenceStart, 0, false, e.Start.Index, null, Tag(sequence.Tag), Anchor(sequence.Anchor)),
        AnchorAlias alias => (YamlEventKinds.Alias, 0, false, e.Start.Index, alias.Value.Value, null, null),
        MappingEnd => (YamlEventKinds.MappingEnd, 0, false, e.Start.Index, null, null, null),
        SequenceEnd => (YamlEventKinds.SequenceEnd, 0, false, e.Start.Index, null, null, null),
        _ => null,
    };

    /// <summary>Null for no tag, "!" for the non-specific tag (whose Value YamlDotNet refuses to give), else the tag.</summary>
    private static string? Tag(TagName tag) =>
        tag.IsEmpty ? null : tag.IsNonSpecific ? YamlEventKinds.NonSpecificTag : tag.Value;

    private static string? Anchor(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;
}
