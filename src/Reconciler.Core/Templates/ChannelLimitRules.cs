using Reconciler.Core.Diagnostics;
using Reconciler.Core.Settings;
using Reconciler.Core.Validation;

namespace Reconciler.Core.Templates;

/// <summary>
/// Channel limits per content block: a body length in Unicode code points (WhatsApp's 1024, as
/// CXone counts) is an error, SMS segments beyond the configured count a warning. Placeholders
/// are measured as written, because the values they will hold are unknown.
/// </summary>
internal static class ChannelLimitRules
{
    private const string PlaceholderNote = " Placeholders are counted as written ({{…}}); the sent text will differ by the length of their values.";

    public static void Check(TemplateDocument template, ContentBlock block, ReconcilerSettings settings, DiagnosticBag bag)
    {
        // Measured once per block, when a channel first needs it: most templates name several channels.
        int? codePoints = null;
        SmsMeasure? sms = null;
        var channels = template.Channels;
        for (var i = 0; i < channels.Count; i++)
        {
            // A channel listed twice is measured once (a warning elsewhere says so). Skipped in
            // place rather than with Distinct(), which built a hash set for each of 90,000 blocks.
            var channel = channels[i];
            if (ListedBefore(channels, i))
            {
                continue;
            }

            var limits = settings.LimitsFor(channel);
            if (limits.MaxBodyLength is { } max)
            {
                var length = codePoints ??= CodePoints.Count(block.Content);
                if (length > max)
                {
                    bag.Error(template.Path, block.ContentStart, DiagnosticCodes.BodyTooLong,
                        $"Block '{block.Id}' is {length} characters (Unicode code points), over {channel}'s limit of {max}; shorten it by {length - max}.{Note(block)}");
                }
            }

            if (limits.MaxSegments is { } segments)
            {
                var measure = sms ??= SmsSegmentCounter.Measure(block.Content);
                if (measure.Segments > segments)
                {
                    bag.Warning(template.Path, block.ContentStart, DiagnosticCodes.SmsSegments,
                        $"Block '{block.Id}' takes {measure.Segments} {channel.ToUpperInvariant()} segments ({SmsSegmentCounter.Describe(measure)}), more than {segments}; each segment is billed, so shorten it" +
                        (measure.Encoding == SmsEncoding.Ucs2 ? " or avoid characters outside GSM-7" : string.Empty) + $".{Note(block)}");
                }
            }
        }
    }

    private static bool ListedBefore(IReadOnlyList<string> channels, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (string.Equals(channels[j], channels[index], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Parsed only for a block over a limit: most blocks are not, and parsing every block twice showed in profiles.
    private static string Note(ContentBlock block) =>
        PlaceholderParser.ParsePlaceholders(block.Content).Placeholders.Any() ? PlaceholderNote : string.Empty;
}
