namespace Reconciler.Core.Settings;

/// <summary>Limits of one channel; null means "no limit of this kind".</summary>
/// <param name="MaxBodyLength">Most Unicode code points in one content block (error above).</param>
/// <param name="MaxSegments">SMS: most segments one block may take (warning above).</param>
public sealed record ChannelLimits(int? MaxBodyLength, int? MaxSegments);
